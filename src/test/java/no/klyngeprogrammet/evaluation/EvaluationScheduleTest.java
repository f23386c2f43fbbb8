package no.klyngeprogrammet.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Instant;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;
import no.klyngeprogrammet.call.Level;
import no.klyngeprogrammet.cluster.ClusterRegistry;
import no.klyngeprogrammet.cluster.ClusterStatus;
import org.junit.jupiter.api.Test;

class EvaluationScheduleTest {

  final EvaluationSchedule schedule = new EvaluationSchedule(new EvaluationProperties(MonthDay.of(1, 15),
      LocalTime.of(8, 0), MonthDay.of(3, 1), LocalTime.of(12, 0), Period.ofDays(14), Period.ofDays(7), 10, 5, 5),
      ZoneId.of("Europe/Oslo"));

  static ClusterRegistry.Entry admitted(LocalDate start, LocalDate end, ClusterStatus status) {
    return new ClusterRegistry.Entry("NIC-2027-0001", "Blå Vekst", Level.ARENA, 2_000_000, start, end, status);
  }

  @Test
  void aClusterAdmittedInOneYearIsFirstEvaluatedInTheNextYearsRound() {
    var cluster = admitted(LocalDate.of(2027, 10, 15), LocalDate.of(2030, 10, 14), ClusterStatus.ACTIVE);
    assertThat(schedule.nextRound(cluster, LocalDate.of(2027, 10, 15))).hasValue(LocalDate.of(2028, 1, 15));
    assertThat(schedule.nextRound(cluster, LocalDate.of(2028, 1, 15))).hasValue(LocalDate.of(2028, 1, 15));
    assertThat(schedule.nextRound(cluster, LocalDate.of(2028, 1, 16))).hasValue(LocalDate.of(2029, 1, 15));
  }

  @Test
  void aRoundStartedEarlyIsNotAheadAnyMore() {
    var cluster = admitted(LocalDate.of(2027, 10, 15), LocalDate.of(2030, 10, 14), ClusterStatus.ACTIVE);
    LocalDate november = LocalDate.of(2027, 11, 2);
    assertThat(schedule.nextRound(cluster, november, Optional.empty())).hasValue(LocalDate.of(2028, 1, 15));
    assertThat(schedule.nextRound(cluster, november, Optional.of(2027))).hasValue(LocalDate.of(2028, 1, 15));
    assertThat(schedule.nextRound(cluster, november, Optional.of(2028))).hasValue(LocalDate.of(2029, 1, 15));
    assertThat(schedule.nextRound(cluster, LocalDate.of(2029, 12, 1), Optional.of(2030))).isEmpty();
  }

  @Test
  void noRoundAfterThePeriodHasEnded() {
    var cluster = admitted(LocalDate.of(2027, 10, 15), LocalDate.of(2030, 10, 14), ClusterStatus.ACTIVE);
    assertThat(schedule.nextRound(cluster, LocalDate.of(2030, 1, 15))).hasValue(LocalDate.of(2030, 1, 15));
    assertThat(schedule.nextRound(cluster, LocalDate.of(2030, 1, 16))).isEmpty();
  }

  @Test
  void anEndedOrCompletedClusterIsNotEvaluatedAgain() {
    assertThat(schedule.nextRound(admitted(LocalDate.of(2027, 10, 15), LocalDate.of(2030, 10, 14), ClusterStatus.ENDED),
        LocalDate.of(2028, 1, 1))).isEmpty();
    assertThat(schedule.nextRound(admitted(LocalDate.of(2027, 10, 15), LocalDate.of(2030, 10, 14), ClusterStatus.COMPLETED),
        LocalDate.of(2028, 1, 1))).isEmpty();
    assertThat(schedule.nextRound(admitted(LocalDate.of(2027, 10, 15), LocalDate.of(2030, 10, 14), ClusterStatus.WITH_CONDITIONS),
        LocalDate.of(2028, 1, 1))).hasValue(LocalDate.of(2028, 1, 15));
  }

  @Test
  void theLastRoundOfAPeriodAndTheReportDueDate() {
    var cluster = admitted(LocalDate.of(2027, 10, 15), LocalDate.of(2030, 10, 14), ClusterStatus.ACTIVE);
    assertThat(schedule.dueInRound(cluster, 2027)).isFalse();
    assertThat(schedule.dueInRound(cluster, 2028)).isTrue();
    assertThat(schedule.lastRoundOfPeriod(cluster, 2029)).isFalse();
    assertThat(schedule.lastRoundOfPeriod(cluster, 2030)).isTrue();
    assertThat(schedule.reportDue(2028)).isEqualTo(Instant.parse("2028-03-01T11:00:00Z"));
    assertThat(schedule.roundCycle(Date.from(Instant.parse("2027-11-01T00:00:00Z"))))
        .isEqualTo("R/2028-01-15T08:00+01:00/P1Y");
    assertThat(schedule.roundCycle(Date.from(Instant.parse("2028-01-15T07:00:00Z"))))
        .isEqualTo("R/2029-01-15T08:00+01:00/P1Y");
  }
}
