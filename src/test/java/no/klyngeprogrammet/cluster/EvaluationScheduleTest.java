package no.klyngeprogrammet.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import no.klyngeprogrammet.call.Level;
import org.junit.jupiter.api.Test;

class EvaluationScheduleTest {

  final EvaluationSchedule schedule = new EvaluationSchedule(MonthDay.of(1, 15));

  static ClusterRegistry.Entry admitted(LocalDate start, LocalDate end, String status) {
    return new ClusterRegistry.Entry("NIC-2027-0001", "Blå Vekst", Level.ARENA, 2_000_000, start, end, status);
  }

  @Test
  void aClusterAdmittedInOneYearIsFirstEvaluatedInTheNextYearsRound() {
    var cluster = admitted(LocalDate.of(2027, 10, 15), LocalDate.of(2030, 10, 14), "ACTIVE");
    assertThat(schedule.nextRound(cluster, LocalDate.of(2027, 10, 15))).hasValue(LocalDate.of(2028, 1, 15));
    assertThat(schedule.nextRound(cluster, LocalDate.of(2028, 1, 15))).hasValue(LocalDate.of(2028, 1, 15));
    assertThat(schedule.nextRound(cluster, LocalDate.of(2028, 1, 16))).hasValue(LocalDate.of(2029, 1, 15));
  }

  @Test
  void noRoundAfterThePeriodHasEnded() {
    var cluster = admitted(LocalDate.of(2027, 10, 15), LocalDate.of(2030, 10, 14), "ACTIVE");
    assertThat(schedule.nextRound(cluster, LocalDate.of(2030, 1, 15))).hasValue(LocalDate.of(2030, 1, 15));
    assertThat(schedule.nextRound(cluster, LocalDate.of(2030, 1, 16))).isEmpty();
  }

  @Test
  void anEndedOrCompletedClusterIsNotEvaluatedAgain() {
    assertThat(schedule.nextRound(admitted(LocalDate.of(2027, 10, 15), LocalDate.of(2030, 10, 14), "ENDED"),
        LocalDate.of(2028, 1, 1))).isEmpty();
    assertThat(schedule.nextRound(admitted(LocalDate.of(2027, 10, 15), LocalDate.of(2030, 10, 14), "COMPLETED"),
        LocalDate.of(2028, 1, 1))).isEmpty();
    assertThat(schedule.nextRound(admitted(LocalDate.of(2027, 10, 15), LocalDate.of(2030, 10, 14), "WITH_CONDITIONS"),
        LocalDate.of(2028, 1, 1))).hasValue(LocalDate.of(2028, 1, 15));
  }
}
