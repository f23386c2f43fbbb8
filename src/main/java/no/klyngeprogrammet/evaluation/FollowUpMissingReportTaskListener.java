package no.klyngeprogrammet.evaluation;

import static no.klyngeprogrammet.evaluation.EvaluationVariables.*;

import no.klyngeprogrammet.validation.Claimed;
import no.klyngeprogrammet.validation.Errors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Følg opp manglende årsrapport": ending the participation or waiting on, always with a justification. */
@Component
class FollowUpMissingReportTaskListener implements TaskListener {

  static final String REFUSED = "Oppfølgingen ble ikke lagret. Rett opp følgende:";

  @Override
  public void notify(DelegateTask task) {
    Errors errors = new Errors();
    Claimed.requireAssignee(task, errors, "Saksbehandler");
    if (ConfirmOutcomeTaskListener.blank(task.getVariable(FOLLOW_UP_JUSTIFICATION))) {
      errors.add(FOLLOW_UP_JUSTIFICATION, "Begrunnelse", "må fylles ut");
    }
    errors.throwIfAny(REFUSED);
    task.setVariable(END_PARTICIPATION, Boolean.TRUE.equals(task.getVariable(END_PARTICIPATION)));
    task.setVariable(DECIDED_BY, task.getAssignee());
  }
}
