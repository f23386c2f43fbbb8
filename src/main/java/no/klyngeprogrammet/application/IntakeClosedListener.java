package no.klyngeprogrammet.application;

import no.klyngeprogrammet.call.IntakeClosed;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells every application of the call that intake has closed. A plain synchronous listener, not a
 * transactional one: the correlation must happen inside the closing transaction, under the call's
 * row lock, or a submission committed in between would miss the message.
 */
@Component
class IntakeClosedListener {

  private final RuntimeService runtimeService;

  IntakeClosedListener(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  @EventListener
  void on(IntakeClosed event) {
    runtimeService.createMessageCorrelation(ApplicationVariables.MESSAGE_INTAKE_CLOSED)
        .processInstanceVariableEquals(ApplicationVariables.CALL_ID, event.callId())
        .correlateAllWithResult();
  }
}
