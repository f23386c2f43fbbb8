package no.klyngeprogrammet.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Send påminnelse om årsrapport". */
@Component
class SendReportReminderDelegate implements JavaDelegate {

  private final EvaluationLetters letters;

  public SendReportReminderDelegate(EvaluationLetters letters) {
    this.letters = letters;
  }

  @Override
  public void execute(DelegateExecution execution) {
    letters.send(execution, EvaluationLetters.REPORT_REMINDER);
  }
}
