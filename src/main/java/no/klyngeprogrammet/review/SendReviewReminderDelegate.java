package no.klyngeprogrammet.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Send påminnelse": before the review's due date. */
@Component
class SendReviewReminderDelegate implements JavaDelegate {

  private final ReviewReminderLetter letter;

  public SendReviewReminderDelegate(ReviewReminderLetter letter) {
    this.letter = letter;
  }

  @Override
  public void execute(DelegateExecution execution) {
    letter.send(ReviewVariables.assignmentId(execution),
        ReviewReminderLetter.REMINDER, execution.getProcessInstanceId());
  }
}
