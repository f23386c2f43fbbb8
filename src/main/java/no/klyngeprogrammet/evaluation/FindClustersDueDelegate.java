package no.klyngeprogrammet.evaluation;

import java.util.ArrayList;
import no.klyngeprogrammet.cluster.ClusterRegistry;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Finn klynger til evaluering": every cluster the round of its year evaluates. */
@Component
class FindClustersDueDelegate implements JavaDelegate {

  private final ClusterRegistry registry;
  private final EvaluationSchedule schedule;

  public FindClustersDueDelegate(ClusterRegistry registry, EvaluationSchedule schedule) {
    this.registry = registry;
    this.schedule = schedule;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int year = EvaluationVariables.roundYear(execution);
    execution.setVariable(EvaluationVariables.CLUSTERS_DUE, new ArrayList<>(registry.all().stream()
        .filter(cluster -> schedule.dueInRound(cluster, year))
        .map(ClusterRegistry.Entry::caseNumber)
        .toList()));
  }
}
