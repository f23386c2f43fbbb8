package no.klyngeprogrammet.cluster;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When a cluster is evaluated: in the yearly round, first in the year after its admission, and
 * never again once its period has ended or its participation is over.
 */
@Component
public class EvaluationSchedule {

  private final MonthDay roundOpensOn;

  public EvaluationSchedule(@Value("${klynge.evaluation.round-opens-on}") MonthDay roundOpensOn) {
    this.roundOpensOn = roundOpensOn;
  }

  /** The first round on or after {@code today} that evaluates the cluster, if any. */
  public Optional<LocalDate> nextRound(ClusterRegistry.Entry cluster, LocalDate today) {
    if (!cluster.status().equals("ACTIVE") && !cluster.status().equals("WITH_CONDITIONS")) {
      return Optional.empty();
    }
    int year = Math.max(cluster.periodStart().getYear() + 1, today.getYear());
    LocalDate round = roundOpensOn.atYear(year);
    if (round.isBefore(today)) {
      round = roundOpensOn.atYear(year + 1);
    }
    return round.isAfter(cluster.periodEnd()) ? Optional.empty() : Optional.of(round);
  }
}
