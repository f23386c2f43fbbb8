package no.klyngeprogrammet.evaluation;

import static no.klyngeprogrammet.evaluation.EvaluationVariables.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Lagre årsrapporten": the report as submitted, kept with the round's evaluation. */
@Component
class RecordAnnualReportDelegate implements JavaDelegate {

  private final EvaluationRepository evaluations;
  private final ObjectMapper objectMapper;
  private final Clock clock;

  public RecordAnnualReportDelegate(EvaluationRepository evaluations, ObjectMapper objectMapper, Clock clock) {
    this.evaluations = evaluations;
    this.objectMapper = objectMapper;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) throws JsonProcessingException {
    Map<String, Object> report = new LinkedHashMap<>();
    StringBuilder summary = new StringBuilder();
    for (String field : AnnualReportTaskListener.LABELS.keySet().stream().sorted().toList()) {
      Object value = execution.getVariable(field);
      report.put(field, value instanceof String text ? text.strip() : value);
      summary.append(AnnualReportTaskListener.LABELS.get(field)).append(": ").append(report.get(field)).append('\n');
    }
    evaluations.recordReport(caseNumber(execution),
        roundYear(execution), objectMapper.writeValueAsString(report),
        clock.instant());
    execution.setVariable(REPORT_SUMMARY_TEXT, summary.toString().strip());
  }
}
