package no.klyngeprogrammet.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import org.junit.jupiter.api.Test;

class ReviewPropertiesTest {

  @Test
  void aReminderAfterTheDueDateIsRefusedAtStartUp() {
    assertThatThrownBy(() -> new ReviewProperties(3, Period.ofDays(14), Period.ofDays(-1)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("klynge.review.reminder-before");
    assertThatThrownBy(() -> new ReviewProperties(3, Period.ofDays(14), null))
        .hasMessageContaining("klynge.review.reminder-before");
  }

  @Test
  void aReminderOnTheDueDateOrBeforeIsAccepted() {
    assertThat(new ReviewProperties(3, Period.ofDays(14), Period.ZERO).reminderBefore()).isEqualTo(Period.ZERO);
    assertThat(new ReviewProperties(3, Period.ofDays(14), Period.ofDays(3)).reminderBefore()).isEqualTo(Period.ofDays(3));
  }
}
