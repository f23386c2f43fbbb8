package no.klyngeprogrammet.decision;

import no.klyngeprogrammet.application.ApplicationVariables;
import no.klyngeprogrammet.call.CallService;
import no.klyngeprogrammet.call.CallVariables;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Meld søknaden som vurdert": when the last application of the call is assessed, the call moves
 * on to the recommendation. Runs as its own job, so a race with another application is retried.
 */
@Component
class ReportAssessedDelegate implements JavaDelegate {

  private final CallService calls;
  private final RuntimeService runtimeService;

  public ReportAssessedDelegate(CallService calls, RuntimeService runtimeService) {
    this.calls = calls;
    this.runtimeService = runtimeService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long callId = ApplicationVariables.callId(execution);
    if (calls.recordAssessedAndCheckAll(callId)) {
      runtimeService.createMessageCorrelation(CallVariables.MESSAGE_ALL_ASSESSED)
          .processInstanceId(calls.processInstanceId(callId))
          .correlateWithResult();
    }
  }
}
