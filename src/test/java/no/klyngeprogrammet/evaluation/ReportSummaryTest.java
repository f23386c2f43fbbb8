package no.klyngeprogrammet.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The annual report's summary follows the form: the grant it shows first, then the answers in its order. */
class ReportSummaryTest {

  @Test
  void theSummaryListsTheGrantAndEveryAnswerInTheOrderOfTheForm() throws Exception {
    List<String> formOrder = new ArrayList<>();
    try (InputStream form = getClass().getResourceAsStream("/processes/annual-report.form")) {
      for (JsonNode component : new ObjectMapper().readTree(form).get("components")) {
        if (component.hasNonNull("key")) {
          formOrder.add(component.get("key").asText());
        }
      }
    }
    List<String> summaryOrder = new ArrayList<>(List.of(EvaluationVariables.GRANTED_AMOUNT));
    summaryOrder.addAll(AnnualReportTaskListener.LABELS.keySet());
    assertThat(formOrder).containsSubsequence(summaryOrder);
    assertThat(formOrder.subList(formOrder.indexOf(EvaluationVariables.GRANTED_AMOUNT), formOrder.size()))
        .isEqualTo(summaryOrder);

    Map<String, Object> report = new LinkedHashMap<>();
    AnnualReportTaskListener.LABELS.keySet().forEach(field -> report.put(field, "tekst"));
    report.put("members", 1250);
    report.put(EvaluationVariables.FUNDS_USED, 1_320_000L);
    assertThat(ReportSummary.of(1_200_000, report).lines().toList()).startsWith(
        "Tildelt per år: kr 1\u00a0200\u00a0000", "Aktiviteter siste år: tekst", "Antall medlemmer: 1\u00a0250")
        .contains("Brukte midler: kr 1\u00a0320\u00a0000");
  }
}
