package no.klyngeprogrammet.evaluation;

import static no.klyngeprogrammet.evaluation.EvaluationVariables.*;

import java.util.Set;
import no.klyngeprogrammet.validation.Claimed;
import no.klyngeprogrammet.validation.Errors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Vurder årsrapporten": the two questions answered and the assessment written. */
@Component
class EvaluateTaskListener implements TaskListener {

  static final String REFUSED = "Vurderingen ble ikke lagret. Rett opp følgende:";

  @Override
  public void notify(DelegateTask task) {
    Errors errors = new Errors();
    Claimed.requireAssignee(task, errors, "Saksbehandler");
    Object development = task.getVariable(DEVELOPMENT);
    if (!(development instanceof String answer) || !Set.of("YES", "PARTLY", "NO").contains(answer)) {
      errors.add(DEVELOPMENT, "Utvikling i tråd med strategi og mål", "må være ja, delvis eller nei");
    }
    Object meets = task.getVariable(MEETS_REQUIREMENTS);
    if (meets == null) {
      // An unticked checkbox may be left out of a submission: it answers no.
      task.setVariable(MEETS_REQUIREMENTS, false);
    } else if (!(meets instanceof Boolean)) {
      errors.add(MEETS_REQUIREMENTS, "Oppfyller fortsatt programmets krav", "må være ja eller nei");
    }
    errors.requireText(ASSESSMENT, "Vurdering", task.getVariable(ASSESSMENT));
    errors.throwIfAny(REFUSED);
    task.setVariable(DECIDED_BY, task.getAssignee());
  }
}
