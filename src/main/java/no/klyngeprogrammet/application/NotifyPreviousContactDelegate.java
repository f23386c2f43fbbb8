package no.klyngeprogrammet.application;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Varsle forrige kontaktperson", in the replaced version's instance. */
@Component
class NotifyPreviousContactDelegate implements JavaDelegate {

  private final SupersededLetter letter;

  public NotifyPreviousContactDelegate(SupersededLetter letter) {
    this.letter = letter;
  }

  @Override
  public void execute(DelegateExecution execution) {
    letter.send(ApplicationVariables.caseNumber(execution), ApplicationVariables.version(execution),
        ApplicationVariables.supersededByVersion(execution));
  }
}
