package no.klyngeprogrammet.review;

import no.klyngeprogrammet.validation.ValidationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Erstatt fagvurdereren": the case officer chose to replace a reviewer who missed the due date. */
@Component
class ReplaceLateReviewerDelegate implements JavaDelegate {

  private final ReviewFollowUps followUps;

  public ReplaceLateReviewerDelegate(ReviewFollowUps followUps) {
    this.followUps = followUps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String replacement = (String) execution.getVariable(ReviewVariables.REPLACEMENT_REVIEWER);
    if (!followUps.replace(ReviewVariables.assignmentId(execution), replacement)) {
      throw ValidationException.single(ReplaceReviewerTaskListener.REFUSED, ReviewVariables.REPLACEMENT_REVIEWER,
          "Ny fagvurderer", "kan ikke settes inn: fagvurderingen er levert i mellomtiden");
    }
  }
}
