package no.klyngeprogrammet.evaluation;

import java.util.Arrays;
import java.util.Map;
import no.klyngeprogrammet.config.NorwegianFormat;

/**
 * The annual report as the case officer reads it in "Vurder årsrapporten" and the cluster manager
 * in the receipt: the yearly grant first, as the form shows it, then every answer in the form's
 * order, amounts in kroner and counts with thousands separators.
 */
final class ReportSummary {

  static final String GRANT_LABEL = "Tildelt per år";

  private ReportSummary() {}

  static String of(long granted, Map<String, Object> report) {
    StringBuilder summary = new StringBuilder(GRANT_LABEL).append(": ").append(NorwegianFormat.kroner(granted));
    AnnualReportTaskListener.LABELS.forEach((field, label) ->
        summary.append('\n').append(label).append(": ").append(value(field, report.get(field))));
    return summary.toString();
  }

  private static String value(String field, Object value) {
    if (value instanceof Number number) {
      return EvaluationVariables.FUNDS_USED.equals(field) ? NorwegianFormat.kroner(number.longValue())
          : Arrays.asList(EvaluationVariables.REPORT_COUNTS).contains(field) ? NorwegianFormat.number(number.longValue())
          : number.toString();
    }
    return String.valueOf(value);
  }
}
