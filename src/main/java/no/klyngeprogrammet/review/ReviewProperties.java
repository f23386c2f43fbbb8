package no.klyngeprogrammet.review;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** How reviews are run, from {@code klynge.review}. */
@ConfigurationProperties("klynge.review")
public record ReviewProperties(int reviewersPerApplication, Period dueAfter, Period reminderBefore) {

  public ReviewProperties {
    // A review's follow-up waits for the reminder before it waits for the due date.
    if (reminderBefore == null || reminderBefore.isNegative()) {
      throw new IllegalStateException("klynge.review.reminder-before must be a period of zero or more");
    }
  }
}
