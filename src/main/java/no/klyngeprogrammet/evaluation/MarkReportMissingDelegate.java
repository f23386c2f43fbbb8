package no.klyngeprogrammet.evaluation;

import static no.klyngeprogrammet.evaluation.EvaluationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Registrer manglende årsrapport": the case officer ended the participation; the evaluation says so. */
@Component
class MarkReportMissingDelegate implements JavaDelegate {

  private final EvaluationRepository evaluations;

  public MarkReportMissingDelegate(EvaluationRepository evaluations) {
    this.evaluations = evaluations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    evaluations.recordMissingReport(caseNumber(execution), roundYear(execution));
    execution.setVariable(PROPOSED_OUTCOME, Outcome.END.name());
    execution.setVariable(OVERRIDE_OUTCOME, null);
    execution.setVariable(ASSESSMENT, "Årsrapporten er ikke levert. " + execution.getVariable(FOLLOW_UP_JUSTIFICATION));
  }
}
