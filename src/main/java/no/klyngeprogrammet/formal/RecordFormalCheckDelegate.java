package no.klyngeprogrammet.formal;

import static no.klyngeprogrammet.formal.FormalCheckVariables.*;

import java.time.Clock;
import java.util.List;
import no.klyngeprogrammet.application.ApplicationVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * "Lagre formell vurdering": keeps the decision's result and any overruling with its
 * justification, and tells the process whether the application goes on to review.
 */
@Component
class RecordFormalCheckDelegate implements JavaDelegate {

  private final FormalCheckRepository checks;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  public RecordFormalCheckDelegate(FormalCheckRepository checks, Clock clock, ApplicationEventPublisher events) {
    this.checks = checks;
    this.clock = clock;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    @SuppressWarnings("unchecked")
    List<String> deficiencies = (List<String>) execution.getVariable(DEFICIENCIES);
    boolean overruled = !deficiencies.isEmpty() && Boolean.TRUE.equals(execution.getVariable(OVERRULE));
    boolean eligible = deficiencies.isEmpty() || overruled;
    String caseNumber = ApplicationVariables.caseNumber(execution);
    int version = ApplicationVariables.version(execution);
    checks.record(
        caseNumber,
        version,
        clock.instant(),
        deficiencies,
        overruled,
        overruled ? justification(execution).strip() : null,
        decidedBy(execution),
        eligible);
    if (!eligible) {
      events.publishEvent(new FormallyRejected(caseNumber, version));
    }
    execution.setVariable(ELIGIBLE, eligible);
  }
}
