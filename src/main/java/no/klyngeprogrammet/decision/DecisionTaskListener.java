package no.klyngeprogrammet.decision;

import static no.klyngeprogrammet.decision.DecisionVariables.*;

import no.klyngeprogrammet.call.CallVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Fatt vedtak": enforces four eyes and a justification for every deviation. */
@Component
class DecisionTaskListener implements TaskListener {

  private final DecisionRepository decisions;

  public DecisionTaskListener(DecisionRepository decisions) {
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateTask task) {
    long callId = CallVariables.callId(task);
    CouncilDecision.deviations(task.getAssignee(), recommendedBy(task),
        task.getVariable(ADMIT_INSTEAD), task.getVariable(REJECT_INSTEAD), task.getVariable(DEVIATION_JUSTIFICATION),
        decisions.recommendedFunding(callId));
    task.setVariable(DECIDED_BY, task.getAssignee());
  }
}
