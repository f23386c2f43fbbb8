package no.klyngeprogrammet.review;

import no.klyngeprogrammet.scoring.Criterion;
import no.klyngeprogrammet.scoring.ScoreValue;
import no.klyngeprogrammet.validation.Errors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Vurder søknaden": every criterion needs a score from 0 to 5 in half points and a justification. */
@Component
public class ReviewTaskListener implements TaskListener {

  static final String REFUSED = "Fagvurderingen ble ikke lagret. Rett opp følgende:";

  @Override
  public void notify(DelegateTask task) {
    Errors errors = new Errors();
    for (Criterion criterion : Criterion.values()) {
      String label = criterion.number() + ". " + criterion.displayName();
      ScoreValue.problem(task.getVariable(ReviewVariables.score(criterion)))
          .ifPresent(problem -> errors.add(ReviewVariables.score(criterion), label + ": poeng", problem));
      errors.requireText(ReviewVariables.justification(criterion), label + ": begrunnelse",
          task.getVariable(ReviewVariables.justification(criterion)));
    }
    errors.throwIfAny(REFUSED);
  }
}
