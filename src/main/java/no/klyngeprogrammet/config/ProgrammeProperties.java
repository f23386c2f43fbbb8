package no.klyngeprogrammet.config;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The programme's time zone, {@code klynge.time-zone}: every date of the cycle is read in it. */
@ConfigurationProperties("klynge")
public record ProgrammeProperties(ZoneId timeZone) {}
