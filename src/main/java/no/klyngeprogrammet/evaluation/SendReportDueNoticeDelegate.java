package no.klyngeprogrammet.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Send varsel om frist". */
@Component
class SendReportDueNoticeDelegate implements JavaDelegate {

  private final EvaluationLetters letters;

  public SendReportDueNoticeDelegate(EvaluationLetters letters) {
    this.letters = letters;
  }

  @Override
  public void execute(DelegateExecution execution) {
    letters.send(execution, EvaluationLetters.REPORT_DUE);
  }
}
