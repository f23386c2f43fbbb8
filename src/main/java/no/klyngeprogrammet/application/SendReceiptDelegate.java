package no.klyngeprogrammet.application;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Send kvittering". */
@Component
class SendReceiptDelegate implements JavaDelegate {

  private final ReceiptLetter receipt;

  public SendReceiptDelegate(ReceiptLetter receipt) {
    this.receipt = receipt;
  }

  @Override
  public void execute(DelegateExecution execution) {
    receipt.send(ApplicationVariables.caseNumber(execution),
        ApplicationVariables.version(execution));
  }
}
