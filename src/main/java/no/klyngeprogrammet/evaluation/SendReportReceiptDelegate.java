package no.klyngeprogrammet.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Send kvittering for årsrapporten": once per cluster and round, whatever the retries. */
@Component
class SendReportReceiptDelegate implements JavaDelegate {

  private final EvaluationLetters letters;

  public SendReportReceiptDelegate(EvaluationLetters letters) {
    this.letters = letters;
  }

  @Override
  public void execute(DelegateExecution execution) {
    letters.send(execution, EvaluationLetters.REPORT_RECEIPT);
  }
}
