package no.klyngeprogrammet.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import no.klyngeprogrammet.call.Level;
import no.klyngeprogrammet.scoring.Criterion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RankingTest {

  private static final Instant EARLY = Instant.parse("2026-09-01T10:00:00Z");
  private static final Instant LATE = Instant.parse("2026-09-14T10:00:00Z");

  /** Defaults: Arena, every criterion 4, total 20, passing, received early, asking for 1. */
  private static final class Draft {
    private final String caseNumber;
    private Level level = Level.ARENA;
    private final Map<Criterion, BigDecimal> scores = new EnumMap<>(Criterion.class);
    private BigDecimal total = new BigDecimal("20");
    private boolean passes = true;
    private Instant receivedAt = EARLY;
    private long amount = 1;

    private Draft(String caseNumber) {
      this.caseNumber = caseNumber;
      for (Criterion criterion : Criterion.values()) {
        scores.put(criterion, new BigDecimal("4"));
      }
    }

    Draft level(Level value) {
      level = value;
      return this;
    }

    Draft score(Criterion criterion, String value) {
      scores.put(criterion, new BigDecimal(value));
      return this;
    }

    Draft total(String value) {
      total = new BigDecimal(value);
      return this;
    }

    Draft failing() {
      passes = false;
      return this;
    }

    Draft received(Instant value) {
      receivedAt = value;
      return this;
    }

    Draft asking(long value) {
      amount = value;
      return this;
    }

    Candidate build() {
      return new Candidate(caseNumber, level, scores, total, passes, receivedAt, amount);
    }
  }

  private static Draft draft(String caseNumber) {
    return new Draft(caseNumber);
  }

  private static List<String> order(List<RankedCandidate> ranked) {
    return ranked.stream().map(entry -> entry.candidate().caseNumber()).toList();
  }

  /**
   * The expected winner is given last and loses on every later tie-break, so a comparator that
   * skipped the tie-break under test, or kept the given order, would put it second.
   */
  private static List<String> orderOf(Draft loser, Draft winner) {
    return order(Ranking.rank(List.of(loser.build(), winner.build()), 0));
  }

  @Test
  void theHigherTotalRanksFirstWhateverTheTieBreakersSay() {
    Draft loser = draft("1").total("20").score(Criterion.STRATEGIC_PROJECT, "5");
    Draft winner = draft("2").total("20.5").score(Criterion.STRATEGIC_PROJECT, "3").received(LATE);

    assertThat(orderOf(loser, winner)).containsExactly("2", "1");
  }

  @Test
  void equalTotalsAreDecidedFirstByTheStrategicProject() {
    Draft loser = draft("1").score(Criterion.STRATEGIC_PROJECT, "4")
        .score(Criterion.SYNERGY, "5").score(Criterion.PARTICIPATION, "5").score(Criterion.LEADERSHIP, "5");
    Draft winner = draft("2").score(Criterion.STRATEGIC_PROJECT, "4.5")
        .score(Criterion.SYNERGY, "3").score(Criterion.PARTICIPATION, "3").score(Criterion.LEADERSHIP, "3")
        .received(LATE);

    assertThat(orderOf(loser, winner)).containsExactly("2", "1");
  }

  @Test
  void thenBySynergy() {
    Draft loser = draft("1").score(Criterion.SYNERGY, "3.5")
        .score(Criterion.PARTICIPATION, "5").score(Criterion.LEADERSHIP, "5");
    Draft winner = draft("2").score(Criterion.SYNERGY, "4")
        .score(Criterion.PARTICIPATION, "3").score(Criterion.LEADERSHIP, "3").received(LATE);

    assertThat(orderOf(loser, winner)).containsExactly("2", "1");
  }

  @Test
  void thenByBroadParticipation() {
    Draft loser = draft("1").score(Criterion.PARTICIPATION, "3.5").score(Criterion.LEADERSHIP, "5");
    Draft winner = draft("2").score(Criterion.PARTICIPATION, "4").score(Criterion.LEADERSHIP, "3").received(LATE);

    assertThat(orderOf(loser, winner)).containsExactly("2", "1");
  }

  @Test
  void thenByActiveLeadership() {
    Draft loser = draft("1").score(Criterion.LEADERSHIP, "3.5");
    Draft winner = draft("2").score(Criterion.LEADERSHIP, "4").received(LATE);

    assertThat(orderOf(loser, winner)).containsExactly("2", "1");
  }

  @Test
  void thenByEarlierSubmission() {
    Draft loser = draft("1").received(LATE);
    Draft winner = draft("2").received(EARLY);

    assertThat(orderOf(loser, winner)).containsExactly("2", "1");
  }

  @Test
  void finallyByCaseNumberSoNoTwoShareARank() {
    Draft later = draft("2026-0002").total("17.50");
    Draft earlier = draft("2026-0001").total("17.5");

    List<RankedCandidate> ranked = Ranking.rank(List.of(later.build(), earlier.build()), 0);

    assertThat(ranked).extracting(entry -> entry.candidate().caseNumber(), RankedCandidate::rank)
        .containsExactly(tuple("2026-0001", 1), tuple("2026-0002", 2));
  }

  @Test
  void valueCreationDoesNotBreakTies() {
    Draft higherValueCreation = draft("1").score(Criterion.VALUE_CREATION, "5").received(LATE);
    Draft lowerValueCreation = draft("2").score(Criterion.VALUE_CREATION, "3").received(EARLY);

    assertThat(orderOf(higherValueCreation, lowerValueCreation)).containsExactly("2", "1");
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void theOrderDoesNotDependOnTheOrderCandidatesArriveIn(long seed) {
    List<Candidate> candidates = new ArrayList<>(List.of(
        draft("a").total("21").build(),
        draft("b").score(Criterion.STRATEGIC_PROJECT, "5").build(),
        draft("c").score(Criterion.SYNERGY, "5").build(),
        draft("d").score(Criterion.PARTICIPATION, "5").build(),
        draft("e").score(Criterion.LEADERSHIP, "5").build(),
        draft("f").build(),
        draft("g").received(LATE).build(),
        draft("h").received(LATE).build(),
        draft("i").total("19").build()));
    Collections.shuffle(candidates, new Random(seed));

    List<RankedCandidate> ranked = Ranking.rank(candidates, 0);

    assertThat(order(ranked)).containsExactly("a", "b", "c", "d", "e", "f", "g", "h", "i");
    assertThat(ranked).extracting(RankedCandidate::rank).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
  }

  @Test
  void fundsInRankOrderWhileTheBudgetLasts() {
    List<RankedCandidate> ranked = Ranking.rank(List.of(
        draft("3").total("18").asking(3_000_000).build(),
        draft("1").total("22").asking(4_000_000).build(),
        draft("2").total("20").asking(2_000_000).build()), 10_000_000);

    assertThat(ranked).extracting(
            entry -> entry.candidate().caseNumber(), RankedCandidate::rank,
            RankedCandidate::funded, RankedCandidate::budgetLeft)
        .containsExactly(
            tuple("1", 1, true, 6_000_000L),
            tuple("2", 2, true, 4_000_000L),
            tuple("3", 3, true, 1_000_000L));
  }

  @Test
  void aCandidateThatFitsTheBudgetExactlyIsFunded() {
    List<RankedCandidate> ranked = Ranking.rank(List.of(
        draft("1").total("22").asking(6_000_000).build(),
        draft("2").total("20").asking(4_000_000).build()), 10_000_000);

    assertThat(ranked).extracting(RankedCandidate::funded, RankedCandidate::budgetLeft)
        .containsExactly(tuple(true, 4_000_000L), tuple(true, 0L));
  }

  @Test
  void theFirstPassingCandidateThatDoesNotFitStopsFundingForEveryoneBelow() {
    List<RankedCandidate> ranked = Ranking.rank(List.of(
        draft("1").total("22").asking(6_000_000).build(),
        draft("2").total("21").asking(5_000_000).build(),
        draft("3").total("20").asking(1_000_000).build(),
        draft("4").total("19").asking(0).build()), 10_000_000);

    assertThat(ranked).extracting(
            entry -> entry.candidate().caseNumber(), RankedCandidate::funded, RankedCandidate::budgetLeft)
        .containsExactly(
            tuple("1", true, 4_000_000L),
            tuple("2", false, 4_000_000L),
            tuple("3", false, 4_000_000L),
            tuple("4", false, 4_000_000L));
  }

  @Test
  void aHighScorerBelowAThresholdIsRankedButSkippedWithoutStoppingTheFunding() {
    List<RankedCandidate> ranked = Ranking.rank(List.of(
        draft("big-failing").total("24").asking(50_000_000).failing().build(),
        draft("small-failing").total("23").asking(1_000_000).failing().build(),
        draft("passing").total("19").asking(3_000_000).build()), 5_000_000);

    assertThat(ranked).extracting(
            entry -> entry.candidate().caseNumber(), RankedCandidate::rank,
            RankedCandidate::funded, RankedCandidate::budgetLeft)
        .containsExactly(
            tuple("big-failing", 1, false, 5_000_000L),
            tuple("small-failing", 2, false, 5_000_000L),
            tuple("passing", 3, true, 2_000_000L));
  }

  @Test
  void aFailingCandidateBelowTheStopIsNotFundedEither() {
    List<RankedCandidate> ranked = Ranking.rank(List.of(
        draft("1").total("22").asking(9_000_000).build(),
        draft("2").total("21").asking(100).failing().build()), 5_000_000);

    assertThat(ranked).extracting(RankedCandidate::funded).containsExactly(false, false);
  }

  @Test
  void withABudgetOfZeroEveryoneIsRankedAndNoOneFunded() {
    List<RankedCandidate> ranked = Ranking.rank(List.of(
        draft("1").total("22").asking(1).build(),
        draft("2").total("21").asking(1).build()), 0);

    assertThat(ranked).extracting(RankedCandidate::rank, RankedCandidate::funded, RankedCandidate::budgetLeft)
        .containsExactly(tuple(1, false, 0L), tuple(2, false, 0L));
  }

  @Test
  void noCandidatesGiveAnEmptyRanking() {
    assertThat(Ranking.rank(List.of(), 1_000)).isEmpty();
  }

  @Test
  void refusesANegativeBudget() {
    assertThatThrownBy(() -> Ranking.rank(List.of(), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Budsjettet kan ikke være negativt");
  }

  @Test
  void refusesCandidatesOfDifferentLevelsInOneRanking() {
    List<Candidate> mixed = List.of(draft("1").build(), draft("2").level(Level.GCE).build());

    assertThatThrownBy(() -> Ranking.rank(mixed, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Kandidatene må være på samme nivå for å rangeres sammen");
  }

  @Test
  void refusesTheSameCaseTwice() {
    List<Candidate> repeated = List.of(draft("1").build(), draft("1").total("21").build());

    assertThatThrownBy(() -> Ranking.rank(repeated, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Sak 1 er med mer enn én gang");
  }

  @Test
  void ranksEachLevelSeparatelyWithinItsOwnBudgetAndKeepsLevelsWithoutCandidates() {
    List<Candidate> all = List.of(
        draft("arena-2").total("18").asking(2_000_000).build(),
        draft("gce-1").level(Level.GCE).total("19").asking(8_000_000).build(),
        draft("arena-1").total("23").asking(2_000_000).build(),
        draft("gce-2").level(Level.GCE).total("24").asking(9_000_000).build());
    Map<Level, Long> budgets = Map.of(Level.ARENA, 3_000_000L, Level.ARENA_PRO, 6_000_000L, Level.GCE, 20_000_000L);

    Map<Level, List<RankedCandidate>> ranked = Ranking.rankPerLevel(all, budgets);

    assertThat(ranked).containsOnlyKeys(Level.values());
    assertThat(ranked.get(Level.ARENA)).extracting(
            entry -> entry.candidate().caseNumber(), RankedCandidate::rank, RankedCandidate::funded)
        .containsExactly(tuple("arena-1", 1, true), tuple("arena-2", 2, false));
    assertThat(ranked.get(Level.ARENA_PRO)).isEmpty();
    assertThat(ranked.get(Level.GCE)).extracting(
            entry -> entry.candidate().caseNumber(), RankedCandidate::rank,
            RankedCandidate::funded, RankedCandidate::budgetLeft)
        .containsExactly(tuple("gce-2", 1, true, 11_000_000L), tuple("gce-1", 2, true, 3_000_000L));
  }

  @Test
  void everyLevelIsPresentEvenWithNoCandidatesAndNoBudgets() {
    assertThat(Ranking.rankPerLevel(List.of(), Map.of()))
        .containsOnlyKeys(Level.values())
        .allSatisfy((level, ranked) -> assertThat(ranked).isEmpty());
  }

  @Test
  void refusesALevelWithCandidatesButNoBudget() {
    List<Candidate> all = List.of(draft("1").level(Level.ARENA_PRO).build());

    assertThatThrownBy(() -> Ranking.rankPerLevel(all, Map.of(Level.ARENA, 1L)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Budsjett mangler for nivå Arena Pro");
  }
}
