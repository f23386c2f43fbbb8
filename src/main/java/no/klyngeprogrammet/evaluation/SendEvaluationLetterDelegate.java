package no.klyngeprogrammet.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Send evalueringsbrev". */
@Component
class SendEvaluationLetterDelegate implements JavaDelegate {

  private final EvaluationLetters letters;

  public SendEvaluationLetterDelegate(EvaluationLetters letters) {
    this.letters = letters;
  }

  @Override
  public void execute(DelegateExecution execution) {
    letters.send(execution, EvaluationLetters.OUTCOME);
  }
}
