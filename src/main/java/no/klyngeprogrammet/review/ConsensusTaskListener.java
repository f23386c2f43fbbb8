package no.klyngeprogrammet.review;

import no.klyngeprogrammet.scoring.Criterion;
import no.klyngeprogrammet.scoring.ScoreValue;
import no.klyngeprogrammet.validation.Claimed;
import no.klyngeprogrammet.validation.Errors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Sett omforent vurdering": a score for every criterion where reviewers disagreed, and a written
 * justification, by the case officer who took the task.
 */
@Component
class ConsensusTaskListener implements TaskListener {

  static final String REFUSED = "Den omforente vurderingen ble ikke lagret. Rett opp følgende:";

  @Override
  public void notify(DelegateTask task) {
    Claimed.requireAssignee(task, REFUSED, "Saksbehandler");
    Errors errors = new Errors();
    for (Criterion criterion : Criterion.values()) {
      if (Boolean.TRUE.equals(task.getVariable(ReviewVariables.needsConsensus(criterion)))) {
        ScoreValue.problem(task.getVariable(ReviewVariables.consensus(criterion))).ifPresent(problem ->
            errors.add(ReviewVariables.consensus(criterion), criterion.number() + ". " + criterion.displayName(), problem));
      }
    }
    errors.requireText(ReviewVariables.CONSENSUS_JUSTIFICATION, "Begrunnelse",
        task.getVariable(ReviewVariables.CONSENSUS_JUSTIFICATION));
    errors.throwIfAny(REFUSED);
    task.setVariable(ReviewVariables.CONSENSUS_BY, task.getAssignee());
  }
}
