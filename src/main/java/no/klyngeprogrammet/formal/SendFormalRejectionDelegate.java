package no.klyngeprogrammet.formal;

import no.klyngeprogrammet.application.ApplicationVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Send avvisningsvedtak". */
@Component
class SendFormalRejectionDelegate implements JavaDelegate {

  private final FormalRejectionLetter letter;

  public SendFormalRejectionDelegate(FormalRejectionLetter letter) {
    this.letter = letter;
  }

  @Override
  public void execute(DelegateExecution execution) {
    letter.send(ApplicationVariables.caseNumber(execution),
        ApplicationVariables.version(execution));
  }
}
