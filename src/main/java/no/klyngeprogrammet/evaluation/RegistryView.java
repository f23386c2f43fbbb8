package no.klyngeprogrammet.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import no.klyngeprogrammet.cluster.ClusterRegistry;
import org.springframework.stereotype.Service;

/** The registry as case officers and administrators read it: each cluster with its history and next round. */
@Service
public class RegistryView {

  public record Cluster(ClusterRegistry.Entry entry, String levelName, String statusName, LocalDate nextEvaluation,
      List<ClusterRegistry.Event> history) {}

  private final ClusterRegistry registry;
  private final EvaluationSchedule schedule;
  private final EvaluationRounds rounds;
  private final Clock clock;
  private final ZoneId zone;

  public RegistryView(ClusterRegistry registry, EvaluationSchedule schedule, EvaluationRounds rounds, Clock clock,
      ZoneId programmeZone) {
    this.registry = registry;
    this.schedule = schedule;
    this.rounds = rounds;
    this.clock = clock;
    this.zone = programmeZone;
  }

  public List<Cluster> clusters() {
    LocalDate today = clock.instant().atZone(zone).toLocalDate();
    var latestStarted = rounds.latestYear();
    return registry.all().stream()
        .map(entry -> new Cluster(entry, entry.level().displayName(), entry.status().displayName(),
            schedule.nextRound(entry, today, latestStarted).orElse(null),
            registry.history(entry.caseNumber())))
        .toList();
  }

  /** Clusters whose next evaluation falls in the coming round. */
  public List<Cluster> dueInNextRound() {
    List<Cluster> all = clusters();
    return all.stream().map(Cluster::nextEvaluation).filter(java.util.Objects::nonNull).min(LocalDate::compareTo)
        .map(next -> all.stream().filter(c -> next.equals(c.nextEvaluation())).toList())
        .orElse(List.of());
  }
}
