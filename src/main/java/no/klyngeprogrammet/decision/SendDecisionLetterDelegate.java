package no.klyngeprogrammet.decision;

import no.klyngeprogrammet.application.ApplicationVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Send vedtaksbrev". */
@Component
class SendDecisionLetterDelegate implements JavaDelegate {

  private final DecisionLetter letter;

  public SendDecisionLetterDelegate(DecisionLetter letter) {
    this.letter = letter;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean admitted = letter.send(ApplicationVariables.caseNumber(execution));
    execution.setVariable(DecisionVariables.ADMITTED, admitted);
  }
}
