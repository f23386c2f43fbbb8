package no.klyngeprogrammet.call;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Kontroller særskilt utlysning": runs in the transaction that submits the start form, so a
 * refused form leaves no process instance behind.
 */
@Component
class CheckSpecialCallDelegate implements JavaDelegate {

  private final CallCalendar calendar;
  private final CallProperties properties;
  private final Clock clock;

  public CheckSpecialCallDelegate(CallCalendar calendar, CallProperties properties, Clock clock) {
    this.calendar = calendar;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var request = SpecialCallForm.parse(execution.getVariables(), clock.instant(), calendar, properties,
        CallVariables.initiator(execution));
    execution.setVariables(request.toVariables());
  }
}
