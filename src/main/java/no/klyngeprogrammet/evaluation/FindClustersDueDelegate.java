package no.klyngeprogrammet.evaluation;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import no.klyngeprogrammet.cluster.ClusterRegistry;
import no.klyngeprogrammet.cluster.EvaluationSchedule;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Finn klynger til evaluering": every cluster this year's round evaluates. */
@Component
public class FindClustersDueDelegate implements JavaDelegate {

  private final ClusterRegistry registry;
  private final EvaluationSchedule schedule;
  private final Clock clock;
  private final ZoneId zone;

  public FindClustersDueDelegate(ClusterRegistry registry, EvaluationSchedule schedule, Clock clock,
      ZoneId programmeZone) {
    this.registry = registry;
    this.schedule = schedule;
    this.clock = clock;
    this.zone = programmeZone;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int year = clock.instant().atZone(zone).getYear();
    execution.setVariable(EvaluationVariables.ROUND_YEAR, year);
    execution.setVariable(EvaluationVariables.CLUSTERS_DUE, new ArrayList<>(registry.all().stream()
        .filter(cluster -> schedule.dueInRound(cluster, year))
        .map(ClusterRegistry.Entry::caseNumber)
        .toList()));
  }
}
