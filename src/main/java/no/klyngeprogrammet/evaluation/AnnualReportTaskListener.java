package no.klyngeprogrammet.evaluation;

import static no.klyngeprogrammet.evaluation.EvaluationVariables.*;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import no.klyngeprogrammet.cluster.ClusterRegistry;
import no.klyngeprogrammet.config.NorwegianFormat;
import no.klyngeprogrammet.validation.Errors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Lever årsrapport": every answer given, counts whole and not negative, and the funds used within
 * reason of the yearly grant.
 */
@Component
class AnnualReportTaskListener implements TaskListener {

  static final String REFUSED = "Årsrapporten ble ikke levert. Rett opp følgende:";

  /** The report's fields in the order of the form, which the summary and the stored report keep. */
  static final Map<String, String> LABELS = inOrder(
      "activities", "Aktiviteter siste år",
      "members", "Antall medlemmer",
      "newMembers", "Nye medlemmer siste år",
      "collaborativeProjects", "Samarbeidsprosjekter",
      "rdProjects", "FoU-prosjekter",
      "internationalActivity", "Internasjonal aktivitet",
      "goalAchievement", "Måloppnåelse mot strategien",
      FUNDS_USED, "Brukte midler",
      "nextYearPlan", "Plan for neste år");

  private final EvaluationProperties properties;
  private final ClusterRegistry registry;

  public AnnualReportTaskListener(EvaluationProperties properties, ClusterRegistry registry) {
    this.properties = properties;
    this.registry = registry;
  }

  @Override
  public void notify(DelegateTask task) {
    Errors errors = new Errors();
    for (String field : REPORT_TEXTS) {
      errors.requireText(field, LABELS.get(field), task.getVariable(field));
    }
    for (String field : REPORT_COUNTS) {
      wholeNotNegative(task.getVariable(field), field, errors);
    }
    Long funds = wholeNotNegative(task.getVariable(FUNDS_USED), FUNDS_USED, errors);
    // The grant as the registry holds it: the form only shows it.
    long granted = registry.find(caseNumber(task.getExecution())).orElseThrow().yearlyFunding();
    long limit = granted + granted * properties.fundsTolerancePercent() / 100;
    if (funds != null && funds > limit) {
      errors.add(FUNDS_USED, LABELS.get(FUNDS_USED), "kan ikke være mer enn " + NorwegianFormat.kroner(limit)
          + " (tildelt " + NorwegianFormat.kroner(granted) + " pluss " + properties.fundsTolerancePercent() + " %)");
    }
    errors.throwIfAny(REFUSED);
  }

  private static Map<String, String> inOrder(String... keysAndLabels) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (int i = 0; i < keysAndLabels.length; i += 2) {
      labels.put(keysAndLabels[i], keysAndLabels[i + 1]);
    }
    return Collections.unmodifiableMap(labels);
  }

  private static Long wholeNotNegative(Object value, String field, Errors errors) {
    if (!(value instanceof Number number) || number.doubleValue() != Math.floor(number.doubleValue())) {
      errors.add(field, LABELS.get(field), "må være et helt tall");
      return null;
    }
    if (number.longValue() < 0) {
      errors.add(field, LABELS.get(field), "kan ikke være negativt");
      return null;
    }
    return number.longValue();
  }
}
