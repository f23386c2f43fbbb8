package no.klyngeprogrammet.review;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** How reviews are run, from {@code klynge.review}. */
@ConfigurationProperties("klynge.review")
public record ReviewProperties(int reviewersPerApplication, Period dueAfter, Period reminderBefore) {}
