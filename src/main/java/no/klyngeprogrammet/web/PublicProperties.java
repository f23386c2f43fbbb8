package no.klyngeprogrammet.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Protection of the public application page, from {@code klynge.public}.
 *
 * @param maxBodySize the largest submission accepted
 * @param submissionsPerWindow submissions one client address may make per window
 * @param statusLookupsPerWindow status pages one client address may open per window
 * @param window the time over which the two limits refill
 */
@ConfigurationProperties("klynge.public")
public record PublicProperties(DataSize maxBodySize, int submissionsPerWindow, int statusLookupsPerWindow,
    Duration window) {}
