package no.klyngeprogrammet.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import no.klyngeprogrammet.application.ApplicationProperties;
import no.klyngeprogrammet.application.SubmissionValidator;
import no.klyngeprogrammet.call.Level;
import no.klyngeprogrammet.validation.ValidationException;
import org.junit.jupiter.api.Test;

/**
 * The warm-up's application must pass every rule but one, or it stops early and warms less of the
 * path: a new required field in the form fails here until the warm-up fills it in. That the node
 * sends it before it is ready, and stores nothing, is in {@code EmbeddedDefaultTest}.
 */
class SubmissionWarmUpTest {

  static final ApplicationProperties LIMITS = new ApplicationProperties(
      Map.of(Level.ARENA, 3_000_000L, Level.ARENA_PRO, 6_000_000L, Level.GCE, 10_000_000L));

  @Test
  void theWarmUpApplicationIsRefusedForItsMarkerAndNothingElse() {
    var refused = catchThrowableOfType(ValidationException.class,
        () -> SubmissionValidator.validate(SubmissionWarmUp.refusedApplication(), LIMITS));

    assertThat(refused.errors()).singleElement().satisfies(error -> {
      assertThat(error.field()).isEqualTo(SubmissionWarmUp.MARKER);
      assertThat(error.message()).isEqualTo(SubmissionValidator.NOT_A_FIELD);
    });
  }

  @Test
  void withoutItsMarkerTheWarmUpApplicationPassesEveryRuleSoItsReceiptCanBeRehearsed() {
    var submission = SubmissionValidator.validate(SubmissionWarmUp.application(), LIMITS);

    assertThat(submission.applicantOrgNumber()).isEqualTo("999999905");
    assertThat(submission.members()).hasSize(4);
  }
}
