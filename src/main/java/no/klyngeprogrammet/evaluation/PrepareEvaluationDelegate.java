package no.klyngeprogrammet.evaluation;

import static no.klyngeprogrammet.evaluation.EvaluationVariables.*;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import no.klyngeprogrammet.call.Level;
import no.klyngeprogrammet.cluster.ClusterRegistry;
import no.klyngeprogrammet.config.NorwegianFormat;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Forbered evaluering": where the cluster stands in its period, and the annual report's due date
 * (as its round fixed it) with the reminder before it and the escalation after it.
 */
@Component
class PrepareEvaluationDelegate implements JavaDelegate {

  private final ClusterRegistry registry;
  private final EvaluationSchedule schedule;
  private final EvaluationRounds rounds;
  private final EvaluationProperties properties;
  private final ZoneId zone;

  public PrepareEvaluationDelegate(ClusterRegistry registry, EvaluationSchedule schedule, EvaluationRounds rounds,
      EvaluationProperties properties, ZoneId programmeZone) {
    this.registry = registry;
    this.schedule = schedule;
    this.rounds = rounds;
    this.properties = properties;
    this.zone = programmeZone;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = caseNumber(execution);
    int year = roundYear(execution);
    var cluster = registry.find(caseNumber).orElseThrow();
    int yearOfPeriod = year - cluster.periodStart().getYear();
    Instant due = rounds.reportDue(year);
    execution.setVariable(CLUSTER_NAME, cluster.clusterName());
    execution.setVariable(LEVEL, cluster.level().name());
    execution.setVariable(YEAR_OF_PERIOD, yearOfPeriod);
    execution.setVariable(YEARS_IN_PROGRAMME, yearOfPeriod);
    execution.setVariable(PERIOD_ENDING, schedule.lastRoundOfPeriod(cluster, year));
    execution.setVariable(MID_TERM_REVIEW, cluster.level() == Level.GCE && yearOfPeriod == properties.gceMidTermYear());
    execution.setVariable(NCE_POSSIBLE, cluster.level() == Level.ARENA_PRO);
    execution.setVariable(CLUSTER_MANAGER, registry.manager(caseNumber).orElseThrow(() ->
        new IllegalStateException("Cluster " + caseNumber + " has no cluster manager")));
    execution.setVariable(GRANTED_AMOUNT, cluster.yearlyFunding());
    execution.setVariable(REPORT_DUE_DATE, Date.from(due));
    execution.setVariable(REPORT_DUE_DATE_TEXT, NorwegianFormat.dateTime(due, zone));
    execution.setVariable(REMINDER_DATE, Date.from(due.atZone(zone).minus(properties.reminderBefore()).toInstant()));
    execution.setVariable(ESCALATION_DATE, Date.from(due.atZone(zone).plus(properties.escalateAfter()).toInstant()));
  }
}
