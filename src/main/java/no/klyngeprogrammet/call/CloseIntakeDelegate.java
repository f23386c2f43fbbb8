package no.klyngeprogrammet.call;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * "Steng mottak": at the deadline the call stops taking applications and tells each of its
 * applications that intake has closed. Closing takes the call's row lock first, so a submission
 * still in flight either commits before and gets the message, or finds the call closed. The
 * listeners of {@link IntakeClosed} run synchronously in this transaction, under that lock.
 */
@Component
class CloseIntakeDelegate implements JavaDelegate {

  private final CallService calls;
  private final ApplicationEventPublisher events;

  public CloseIntakeDelegate(CallService calls, ApplicationEventPublisher events) {
    this.calls = calls;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long callId = CallVariables.callId(execution);
    calls.closeIntake(callId);
    execution.setVariable(CallVariables.APPLICATION_COUNT, calls.applicationCount(callId));
    events.publishEvent(new IntakeClosed(callId));
  }
}
