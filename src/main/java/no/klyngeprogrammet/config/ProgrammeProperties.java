package no.klyngeprogrammet.config;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The programme's time zone, {@code klynge.time-zone}: every date of the cycle is read in it; and
 * {@code klynge.public-url}, where users reach the application (see {@link PublicAddress}).
 */
@ConfigurationProperties("klynge")
public record ProgrammeProperties(ZoneId timeZone, String publicUrl) {}
