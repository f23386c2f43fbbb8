package no.klyngeprogrammet.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Send purring": the review's due date has passed. */
@Component
class SendOverdueNoticeDelegate implements JavaDelegate {

  private final ReviewReminderLetter letter;

  public SendOverdueNoticeDelegate(ReviewReminderLetter letter) {
    this.letter = letter;
  }

  @Override
  public void execute(DelegateExecution execution) {
    letter.send(ReviewVariables.assignmentId(execution),
        ReviewReminderLetter.OVERDUE, execution.getProcessInstanceId());
  }
}
