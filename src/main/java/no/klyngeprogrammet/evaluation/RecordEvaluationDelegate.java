package no.klyngeprogrammet.evaluation;

import static no.klyngeprogrammet.evaluation.EvaluationVariables.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import no.klyngeprogrammet.cluster.ClusterRegistry;
import no.klyngeprogrammet.config.NorwegianFormat;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Lagre evalueringen": the evaluation in its round, and the registry after it: the status the
 * outcome leaves, an Arena's extension to {@code klynge.evaluation.arena-max-years} in all, and
 * the NCE brand, each as an event.
 */
@Component
class RecordEvaluationDelegate implements JavaDelegate {

  private final EvaluationRepository evaluations;
  private final ClusterRegistry registry;
  private final EvaluationProperties properties;
  private final Clock clock;
  private final ZoneId zone;

  public RecordEvaluationDelegate(EvaluationRepository evaluations, ClusterRegistry registry,
      EvaluationProperties properties, Clock clock, ZoneId programmeZone) {
    this.evaluations = evaluations;
    this.registry = registry;
    this.properties = properties;
    this.clock = clock;
    this.zone = programmeZone;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = caseNumber(execution);
    int year = roundYear(execution);
    Outcome proposed = proposedOutcome(execution);
    Object override = execution.getVariable(OVERRIDE_OUTCOME);
    Outcome outcome = ConfirmOutcomeTaskListener.blank(override) ? proposed : Outcome.valueOf(override.toString());
    boolean conditions = outcome == Outcome.CONTINUE_WITH_CONDITIONS;
    boolean nce = Boolean.TRUE.equals(execution.getVariable(GRANT_NCE));
    String decidedBy = decidedBy(execution);
    LocalDate today = clock.instant().atZone(zone).toLocalDate();
    var result = new EvaluationRepository.Result(
        development(execution),
        meetsRequirements(execution),
        assessment(execution),
        proposed, outcome,
        outcome == proposed ? null : overrideJustification(execution),
        conditions ? followUpPlan(execution) : null,
        conditions ? LocalDate.parse(String.valueOf(execution.getVariable(FOLLOW_UP_DEADLINE))) : null,
        nce, decidedBy);
    evaluations.recordResult(caseNumber, year, result, clock.instant());

    var cluster = registry.find(caseNumber).orElseThrow();
    String detail = "Årlig evaluering " + year + ": " + outcome.displayName();
    if (outcome == Outcome.EXTEND) {
      LocalDate extended = cluster.periodStart().plusYears(properties.arenaMaxYears()).minusDays(1);
      registry.extendTo(caseNumber, extended);
      detail += " til " + NorwegianFormat.date(extended);
    }
    if (conditions) {
      detail += " (oppfølgingsplan med frist " + NorwegianFormat.date(result.followUpDeadline()) + ")";
    }
    registry.setStatus(caseNumber, outcome.registryStatus());
    registry.recordEvent(caseNumber, today, "EVALUATED", detail, decidedBy, clock.instant());
    if (nce) {
      registry.recordEvent(caseNumber, today, "NCE_GRANTED", "Klyngen får bruke NCE-merkevaren", decidedBy,
          clock.instant());
    }
  }
}
