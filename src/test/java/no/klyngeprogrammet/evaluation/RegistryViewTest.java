package no.klyngeprogrammet.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import no.klyngeprogrammet.cluster.ClusterRegistry;
import no.klyngeprogrammet.cluster.ClusterStatus;
import org.junit.jupiter.api.Test;

/** The registry's next evaluation skips a round that was started before its date. */
class RegistryViewTest {

  static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  final ClusterRegistry registry = mock(ClusterRegistry.class);
  final EvaluationRounds rounds = mock(EvaluationRounds.class);
  final RegistryView view = new RegistryView(registry,
      new EvaluationSchedule(new EvaluationProperties(MonthDay.of(1, 15), LocalTime.of(8, 0), MonthDay.of(3, 1),
          LocalTime.of(12, 0), Period.ofDays(14), Period.ofDays(7), 10, 5, 5), OSLO),
      rounds, Clock.fixed(Instant.parse("2027-11-02T09:00:00Z"), OSLO), OSLO);

  final ClusterRegistry.Entry admitted =
      EvaluationScheduleTest.admitted(LocalDate.of(2027, 10, 15), LocalDate.of(2030, 10, 14), ClusterStatus.ACTIVE);

  @Test
  void withNoRoundStartedTheNextEvaluationIsTheComingRound() {
    when(registry.all()).thenReturn(List.of(admitted));
    when(rounds.latestYear()).thenReturn(Optional.of(2027));

    assertThat(view.clusters()).extracting(RegistryView.Cluster::nextEvaluation).containsExactly(LocalDate.of(2028, 1, 15));
  }

  @Test
  void aRoundStartedBeforeItsDateIsNoLongerTheNextEvaluation() {
    when(registry.all()).thenReturn(List.of(admitted));
    when(rounds.latestYear()).thenReturn(Optional.of(2028));

    assertThat(view.clusters()).extracting(RegistryView.Cluster::nextEvaluation).containsExactly(LocalDate.of(2029, 1, 15));
    assertThat(view.dueInNextRound()).extracting(RegistryView.Cluster::nextEvaluation)
        .containsExactly(LocalDate.of(2029, 1, 15));
  }
}
