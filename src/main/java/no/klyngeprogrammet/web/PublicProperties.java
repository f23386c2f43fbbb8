package no.klyngeprogrammet.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Protection of the public application page, from {@code klynge.public}.
 *
 * @param maxBodySize the largest submission accepted
 * @param submissionsPerWindow accepted submissions one client address may make per window; a refused
 *     one does not count, so an applicant may correct the form as often as needed
 * @param requestsPerWindow submission requests of any outcome one client address may make per
 *     window, far above what corrections need: what stops a flood
 * @param statusLookupsPerWindow status pages one client address may open per window
 * @param window the time over which the limits refill
 */
@ConfigurationProperties("klynge.public")
public record PublicProperties(DataSize maxBodySize, int submissionsPerWindow, int requestsPerWindow,
    int statusLookupsPerWindow, Duration window) {}
