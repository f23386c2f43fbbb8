package no.klyngeprogrammet.call;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * "Steng mottak": at the deadline the call stops taking applications and tells each of its
 * applications that intake has closed. Closing takes the call's row exclusively, so it waits for
 * the submissions still in flight, which share it: each either commits before and gets the
 * message, or finds the call closed. The listeners of {@link IntakeClosed} run synchronously in
 * this transaction, under that lock.
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
    execution.setVariable(CallVariables.APPLICATION_COUNT, calls.closeIntake(callId));
    events.publishEvent(new IntakeClosed(callId));
  }
}
