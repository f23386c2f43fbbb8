package no.klyngeprogrammet.evaluation;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/** What it takes to open an evaluation round, whether the yearly timer or an administrator asks. */
public record RoundRequest(int year, Instant reportDue, String startedBy) {

  /** The process variables that carry a prepared request to the step that opens the round. */
  public Map<String, Object> toVariables() {
    return Map.of(EvaluationVariables.ROUND_YEAR, year, EvaluationVariables.ROUND_REPORT_DUE, Date.from(reportDue));
  }

  public static RoundRequest fromVariables(VariableScope variables, String startedBy) {
    return new RoundRequest(EvaluationVariables.roundYear(variables), EvaluationVariables.roundReportDue(variables),
        startedBy);
  }
}
