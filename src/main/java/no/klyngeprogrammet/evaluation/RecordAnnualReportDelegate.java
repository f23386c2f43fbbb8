package no.klyngeprogrammet.evaluation;

import static no.klyngeprogrammet.evaluation.EvaluationVariables.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import no.klyngeprogrammet.cluster.ClusterRegistry;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Lagre årsrapporten": the report as submitted, kept with the round's evaluation, and its summary. */
@Component
class RecordAnnualReportDelegate implements JavaDelegate {

  private final EvaluationRepository evaluations;
  private final ClusterRegistry registry;
  private final ObjectMapper objectMapper;
  private final Clock clock;

  public RecordAnnualReportDelegate(EvaluationRepository evaluations, ClusterRegistry registry,
      ObjectMapper objectMapper, Clock clock) {
    this.evaluations = evaluations;
    this.registry = registry;
    this.objectMapper = objectMapper;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) throws JsonProcessingException {
    String caseNumber = caseNumber(execution);
    Map<String, Object> report = new LinkedHashMap<>();
    for (String field : AnnualReportTaskListener.LABELS.keySet()) {
      Object value = execution.getVariable(field);
      report.put(field, value instanceof String text ? text.strip() : value);
    }
    evaluations.recordReport(caseNumber, roundYear(execution), objectMapper.writeValueAsString(report),
        clock.instant());
    // The grant as the registry holds it: the form only shows it.
    long granted = registry.find(caseNumber).orElseThrow().yearlyFunding();
    execution.setVariable(REPORT_SUMMARY_TEXT, ReportSummary.of(granted, report));
  }
}
