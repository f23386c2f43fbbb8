package no.klyngeprogrammet.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Optional;
import no.klyngeprogrammet.cluster.ClusterRegistry;
import org.springframework.stereotype.Component;

/**
 * When a cluster is evaluated: in the yearly round, first in the year after its admission, and
 * never again once its period has ended or its participation is over.
 */
@Component
public class EvaluationSchedule {

  private final EvaluationProperties properties;
  private final ZoneId zone;

  public EvaluationSchedule(EvaluationProperties properties, ZoneId programmeZone) {
    this.properties = properties;
    this.zone = programmeZone;
  }

  public LocalDate roundDate(int year) {
    return properties.roundOpensOn().atYear(year);
  }

  /** The first round on or after {@code today} that evaluates the cluster, if any. */
  public Optional<LocalDate> nextRound(ClusterRegistry.Entry cluster, LocalDate today) {
    if (!cluster.status().running()) {
      return Optional.empty();
    }
    int year = Math.max(cluster.periodStart().getYear() + 1, today.getYear());
    LocalDate round = roundDate(year);
    if (round.isBefore(today)) {
      round = roundDate(year + 1);
    }
    return round.isAfter(cluster.periodEnd()) ? Optional.empty() : Optional.of(round);
  }

  /**
   * The first round on or after {@code today} that evaluates the cluster and is not started yet. A
   * round can be started before its date (by form, up to the year after this one), and a started
   * round is no longer ahead: then the next evaluation is in the round of the year after it.
   */
  public Optional<LocalDate> nextRound(ClusterRegistry.Entry cluster, LocalDate today, Optional<Integer> latestStarted) {
    LocalDate from = latestStarted.map(year -> roundDate(year + 1)).filter(today::isBefore).orElse(today);
    return nextRound(cluster, from);
  }

  /** Whether the round of {@code year} evaluates the cluster. */
  public boolean dueInRound(ClusterRegistry.Entry cluster, int year) {
    return nextRound(cluster, roundDate(year)).filter(roundDate(year)::equals).isPresent();
  }

  /** Whether the round of {@code year} is the cluster's last in its current period. */
  public boolean lastRoundOfPeriod(ClusterRegistry.Entry cluster, int year) {
    return roundDate(year + 1).isAfter(cluster.periodEnd());
  }

  public Instant reportDue(int year) {
    return ZonedDateTime.of(properties.reportDueOn().atYear(year), properties.reportDueAt(), zone).toInstant();
  }

  /** The round's timer start cycle: yearly from the next opening after {@code now}. */
  public String roundCycle(Date now) {
    return "R/" + nextOpening(now.toInstant()).toOffsetDateTime() + "/P1Y";
  }

  /** The year of the next round the calendar opens after {@code now}. */
  public int nextRoundYear(Instant now) {
    return nextOpening(now).getYear();
  }

  private ZonedDateTime nextOpening(Instant now) {
    ZonedDateTime opening = ZonedDateTime.of(roundDate(now.atZone(zone).getYear()), properties.roundOpensAt(), zone);
    return opening.toInstant().isAfter(now) ? opening : opening.plusYears(1);
  }
}
