package no.klyngeprogrammet.evaluation;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Årets runde startet": starts this year's {@code EvaluationRound} with the prepared due date. */
@Component
class StartYearlyRoundDelegate implements JavaDelegate {

  private final RuntimeService runtimeService;

  public StartYearlyRoundDelegate(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var request = RoundRequest.fromVariables(execution, null);
    runtimeService.createMessageCorrelation(EvaluationVariables.MESSAGE_YEARLY_ROUND_DUE)
        .setVariables(request.toVariables())
        .correlateStartMessage();
  }
}
