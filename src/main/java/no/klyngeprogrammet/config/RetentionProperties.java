package no.klyngeprogrammet.config;

import java.time.LocalTime;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** How long the history and the contact persons are kept, and when the nightly clean-up runs. */
@ConfigurationProperties("klynge.retention")
public record RetentionProperties(int historyDays, LocalTime cleanupWindowStart, LocalTime cleanupWindowEnd,
    Period personalDataAfter) {}
