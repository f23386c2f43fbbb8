package no.klyngeprogrammet.review;

import static no.klyngeprogrammet.review.ReviewVariables.*;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Bytt fagvurderer": the slot's reviewer becomes the chosen replacement. A late reviewer's
 * assignment ends as replaced; one ended by a declared conflict stays as it is.
 */
@Component
class ReplaceReviewerDelegate implements JavaDelegate {

  private final ReviewRepository reviews;
  private final Clock clock;

  public ReplaceReviewerDelegate(ReviewRepository reviews, Clock clock) {
    this.reviews = reviews;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reviews.end(assignmentId(execution), "REPLACED", null, clock.instant());
    execution.setVariable(REVIEWER, execution.getVariable(REPLACEMENT_REVIEWER));
  }
}
