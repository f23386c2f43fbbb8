package no.klyngeprogrammet.decision;

import no.klyngeprogrammet.application.ApplicationVariables;
import no.klyngeprogrammet.call.CallVariables;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Kunngjør vedtakene": at the announcement instant every application of the call is told at
 * once; only then does each write its decision letter.
 */
@Component
class AnnounceDelegate implements JavaDelegate {

  private final RuntimeService runtimeService;

  public AnnounceDelegate(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    runtimeService.createMessageCorrelation(DecisionVariables.MESSAGE_DECISION_ANNOUNCED)
        .processInstanceVariableEquals(ApplicationVariables.CALL_ID,
            CallVariables.callId(execution))
        .correlateAllWithResult();
  }
}
