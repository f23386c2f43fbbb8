package no.klyngeprogrammet.call;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Årets utlysning startet": starts this year's {@code ClusterCall} with the prepared dates and budgets. */
@Component
class StartYearlyCallDelegate implements JavaDelegate {

  private final RuntimeService runtimeService;

  public StartYearlyCallDelegate(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var request = OpenCallRequest.fromVariables(execution.getVariables(), null);
    runtimeService.createMessageCorrelation(CallVariables.MESSAGE_YEARLY_CALL_DUE)
        .setVariables(request.toVariables())
        .correlateStartMessage();
  }
}
