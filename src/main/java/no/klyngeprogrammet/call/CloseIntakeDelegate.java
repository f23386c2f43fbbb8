package no.klyngeprogrammet.call;

import no.klyngeprogrammet.application.ApplicationVariables;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Steng mottak": at the deadline the call stops taking applications and tells each of its
 * applications that intake has closed. Closing takes the call's row lock first, so a submission
 * still in flight either commits before and gets the message, or finds the call closed.
 */
@Component
public class CloseIntakeDelegate implements JavaDelegate {

  private final CallService calls;
  private final RuntimeService runtimeService;

  public CloseIntakeDelegate(CallService calls, RuntimeService runtimeService) {
    this.calls = calls;
    this.runtimeService = runtimeService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long callId = ((Number) execution.getVariable(CallVariables.CALL_ID)).longValue();
    calls.closeIntake(callId);
    execution.setVariable(CallVariables.APPLICATION_COUNT, calls.applicationCount(callId));
    runtimeService.createMessageCorrelation(ApplicationVariables.MESSAGE_INTAKE_CLOSED)
        .processInstanceVariableEquals(ApplicationVariables.CALL_ID, callId)
        .correlateAllWithResult();
  }
}
