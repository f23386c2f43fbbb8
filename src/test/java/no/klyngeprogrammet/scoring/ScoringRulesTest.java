package no.klyngeprogrammet.scoring;

import static no.klyngeprogrammet.scoring.Criterion.LEADERSHIP;
import static no.klyngeprogrammet.scoring.Criterion.PARTICIPATION;
import static no.klyngeprogrammet.scoring.Criterion.STRATEGIC_PROJECT;
import static no.klyngeprogrammet.scoring.Criterion.SYNERGY;
import static no.klyngeprogrammet.scoring.Criterion.VALUE_CREATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoringRulesTest {

  private static final ScoringRules DEFAULT_RULES = rules(Map.of());

  private static ScoringRules rules(Map<Criterion, BigDecimal> weights) {
    return new ScoringRules(new ScoringProperties(
        new BigDecimal("3"), new BigDecimal("17"), new BigDecimal("2"), weights));
  }

  /** Scores in criterion order 1 to 5. */
  private static ReviewScores review(String reviewerId, String... scores) {
    return new ReviewScores(reviewerId, Map.of(
        SYNERGY, new BigDecimal(scores[0]),
        VALUE_CREATION, new BigDecimal(scores[1]),
        STRATEGIC_PROJECT, new BigDecimal(scores[2]),
        PARTICIPATION, new BigDecimal(scores[3]),
        LEADERSHIP, new BigDecimal(scores[4])));
  }

  @Test
  void theScoreOnACriterionIsTheReviewersMeanRoundedHalfUpToTwoDecimals() {
    ApplicationScore score = DEFAULT_RULES.score(List.of(
        review("a", "3", "4", "3.5", "2.5", "4"),
        review("b", "3", "4", "4", "3", "5"),
        review("c", "4", "5", "4", "3", "5")));

    assertThat(score.perCriterion()).containsExactly(
        Map.entry(SYNERGY, new BigDecimal("3.33")),
        Map.entry(VALUE_CREATION, new BigDecimal("4.33")),
        Map.entry(STRATEGIC_PROJECT, new BigDecimal("3.83")),
        Map.entry(PARTICIPATION, new BigDecimal("2.83")),
        Map.entry(LEADERSHIP, new BigDecimal("4.67")));
    assertThat(score.total()).as("the reviewers' totals 17, 19 and 21 average 19").isEqualTo(new BigDecimal("19.00"));
  }

  @Test
  void aMeanExactlyHalfwayIsRoundedUp() {
    ApplicationScore score = DEFAULT_RULES.score(List.of(
        review("a", "3", "3", "3", "3", "3"),
        review("b", "3", "3", "3", "3", "3"),
        review("c", "3", "3", "3", "3", "3"),
        review("d", "3.5", "3", "3", "3", "3")));

    assertThat(score.perCriterion().get(SYNERGY)).isEqualTo(new BigDecimal("3.13"));
  }

  @Test
  void aSingleReviewersScoresAreTheMeans() {
    ApplicationScore score = DEFAULT_RULES.score(List.of(review("a", "5", "4.5", "4", "3.5", "3")));

    assertThat(score.perCriterion().get(VALUE_CREATION)).isEqualTo(new BigDecimal("4.50"));
    assertThat(score.total()).isEqualTo(new BigDecimal("20.00"));
    assertThat(score.needsConsensus()).isFalse();
  }

  @Test
  void weightsMultiplyTheirCriterionsMeanInTheTotal() {
    ScoringRules weighted = rules(Map.of(
        STRATEGIC_PROJECT, new BigDecimal("2"), LEADERSHIP, new BigDecimal("0.5")));

    ApplicationScore score = weighted.score(List.of(
        review("a", "4", "4", "4", "4", "4"),
        review("b", "4", "4", "5", "4", "3")));

    // 4 + 4 + 2 × 4.5 + 4 + 0.5 × 3.5
    assertThat(score.total()).isEqualTo(new BigDecimal("22.75"));
    assertThat(score.perCriterion().get(STRATEGIC_PROJECT)).isEqualTo(new BigDecimal("4.50"));
  }

  @Test
  void aWeightMultipliesTheUnroundedMean() {
    ScoringRules weighted = rules(Map.of(SYNERGY, new BigDecimal("3")));

    ApplicationScore score = weighted.score(List.of(
        review("a", "3", "0", "0", "0", "0"),
        review("b", "3", "0", "0", "0", "0"),
        review("c", "4", "0", "0", "0", "0")));

    assertThat(score.total()).isEqualTo(new BigDecimal("10.00"));
  }

  @Test
  void aMeanExactlyAtTheCriterionThresholdPasses() {
    ApplicationScore score = DEFAULT_RULES.score(List.of(
        review("a", "3", "4", "4", "3", "3"),
        review("b", "3", "4", "4", "3.5", "3"),
        review("c", "3", "4", "4", "2.5", "3")));

    assertThat(score.perCriterion().get(PARTICIPATION)).isEqualByComparingTo("3");
    assertThat(score.belowThreshold()).isEmpty();
    assertThat(score.total()).isEqualTo(new BigDecimal("17.00"));
    assertThat(score.totalBelowThreshold()).isFalse();
    assertThat(score.passesThresholds()).isTrue();
  }

  @Test
  void aMeanJustBelowTheCriterionThresholdFailsEvenWithAHighTotal() {
    ApplicationScore score = DEFAULT_RULES.score(List.of(
        review("a", "5", "5", "5", "3", "5"),
        review("b", "5", "5", "5", "3", "5"),
        review("c", "5", "5", "5", "2.5", "5")));

    assertThat(score.perCriterion().get(PARTICIPATION)).isEqualTo(new BigDecimal("2.83"));
    assertThat(score.belowThreshold()).containsExactly(PARTICIPATION);
    assertThat(score.totalBelowThreshold()).isFalse();
    assertThat(score.passesThresholds()).isFalse();
  }

  @Test
  void everyCriterionBelowItsThresholdIsNamed() {
    ApplicationScore score = DEFAULT_RULES.score(List.of(review("a", "2.5", "5", "0", "5", "5")));

    assertThat(score.belowThreshold()).containsExactly(SYNERGY, STRATEGIC_PROJECT);
  }

  @Test
  void theCriterionThresholdIsConfigurable() {
    ScoringRules strict = new ScoringRules(new ScoringProperties(
        new BigDecimal("3.5"), new BigDecimal("17"), new BigDecimal("2"), Map.of()));

    ApplicationScore score = strict.score(List.of(review("a", "3", "5", "5", "5", "5")));

    assertThat(score.belowThreshold()).containsExactly(SYNERGY);
  }

  @Test
  void theTotalComesFromTheUnroundedMeansSoRoundingNeverDecidesTheThreshold() {
    // The rounded means shown (3.33 three times, 3.50 twice) sum to 16.99; the reviewers' totals
    // (16, 16 and 19) average exactly 17, and that is the total.
    ApplicationScore score = DEFAULT_RULES.score(List.of(
        review("a", "3", "3", "3", "3.5", "3.5"),
        review("b", "3", "3", "3", "3.5", "3.5"),
        review("c", "4", "4", "4", "3.5", "3.5")));

    assertThat(score.perCriterion().get(SYNERGY)).isEqualTo(new BigDecimal("3.33"));
    assertThat(score.total()).isEqualTo(new BigDecimal("17.00"));
    assertThat(score.totalBelowThreshold()).isFalse();
    assertThat(score.passesThresholds()).isTrue();
  }

  @Test
  void aTotalJustBelowTheTotalThresholdFailsThoughEveryCriterionPasses() {
    ApplicationScore score = DEFAULT_RULES.score(List.of(
        review("a", "3", "3", "3", "3.5", "3.5"),
        review("b", "3", "3", "3", "3.5", "3.5"),
        review("c", "3.5", "4", "4", "3.5", "3.5")));

    assertThat(score.total()).isEqualTo(new BigDecimal("16.83"));
    assertThat(score.belowThreshold()).isEmpty();
    assertThat(score.totalBelowThreshold()).isTrue();
    assertThat(score.passesThresholds()).isFalse();
  }

  @Test
  void reviewersApartByExactlyTheSpreadNeedNoConsensus() {
    ApplicationScore score = DEFAULT_RULES.score(List.of(
        review("a", "2", "4", "4", "4", "4"),
        review("b", "3", "4", "4", "4", "4"),
        review("c", "4", "4", "4", "4", "4")));

    assertThat(score.needingConsensus()).isEmpty();
    assertThat(score.needsConsensus()).isFalse();
  }

  @Test
  void reviewersApartByMoreThanTheSpreadNeedConsensusOnThatCriterionOnly() {
    ApplicationScore score = DEFAULT_RULES.score(List.of(
        review("a", "1.5", "4", "4", "4", "5"),
        review("b", "3", "4", "4", "4", "2.5"),
        review("c", "4", "4", "4", "4", "4")));

    assertThat(score.needingConsensus()).containsExactly(SYNERGY, LEADERSHIP);
    assertThat(score.needsConsensus()).isTrue();
  }

  @Test
  void theConsensusSpreadIsConfigurable() {
    ScoringRules tight = new ScoringRules(new ScoringProperties(
        new BigDecimal("3"), new BigDecimal("17"), new BigDecimal("1"), Map.of()));

    ApplicationScore score = tight.score(List.of(
        review("a", "3", "4", "4", "4", "4"),
        review("b", "4.5", "4", "4", "4", "4")));

    assertThat(score.needingConsensus()).containsExactly(SYNERGY);
  }

  @Test
  void theConsensusScoreReplacesTheMeanAndTheTotalAndThresholdsAreRecomputed() {
    ApplicationScore computed = DEFAULT_RULES.score(List.of(
        review("a", "0.5", "4", "4", "4", "4"),
        review("b", "3", "4", "4", "4", "4"),
        review("c", "3", "4", "4", "4", "4")));
    assertThat(computed.perCriterion().get(SYNERGY)).isEqualTo(new BigDecimal("2.17"));
    assertThat(computed.needingConsensus()).containsExactly(SYNERGY);
    assertThat(computed.passesThresholds()).isFalse();

    ApplicationScore settled = DEFAULT_RULES.withConsensus(computed, Map.of(SYNERGY, new BigDecimal("3")));

    assertThat(settled.perCriterion().get(SYNERGY)).isEqualTo(new BigDecimal("3.00"));
    assertThat(settled.perCriterion().get(VALUE_CREATION)).isEqualTo(new BigDecimal("4.00"));
    assertThat(settled.total()).isEqualTo(new BigDecimal("19.00"));
    assertThat(settled.belowThreshold()).isEmpty();
    assertThat(settled.needingConsensus()).isEmpty();
    assertThat(settled.passesThresholds()).isTrue();
  }

  @Test
  void aLowerConsensusScoreCanMakeTheApplicationFail() {
    ApplicationScore computed = DEFAULT_RULES.score(List.of(
        review("a", "5", "3.5", "4", "4", "4"),
        review("b", "5", "3.5", "4", "4", "4"),
        review("c", "2.5", "3.5", "4", "4", "4")));
    assertThat(computed.passesThresholds()).isTrue();

    ApplicationScore settled = DEFAULT_RULES.withConsensus(computed, Map.of(SYNERGY, new BigDecimal("2.5")));

    assertThat(settled.belowThreshold()).containsExactly(SYNERGY);
    assertThat(settled.total()).isEqualTo(new BigDecimal("18.00"));
    assertThat(settled.totalBelowThreshold()).isFalse();
    assertThat(settled.passesThresholds()).isFalse();
  }

  @Test
  void theConsensusTotalUsesTheWeights() {
    ScoringRules weighted = rules(Map.of(SYNERGY, new BigDecimal("2")));
    ApplicationScore computed = weighted.score(List.of(
        review("a", "1", "4", "4", "4", "4"),
        review("b", "4", "4", "4", "4", "4")));

    ApplicationScore settled = weighted.withConsensus(computed, Map.of(SYNERGY, new BigDecimal("3.5")));

    assertThat(settled.total()).isEqualTo(new BigDecimal("23.00"));
  }

  @Test
  void aConsensusScoreOnACriterionWithoutDisagreementStandsToo() {
    ApplicationScore computed = DEFAULT_RULES.score(List.of(review("a", "4", "4", "4", "4", "4")));

    ApplicationScore settled = DEFAULT_RULES.withConsensus(computed, Map.of(LEADERSHIP, new BigDecimal("5")));

    assertThat(settled.perCriterion().get(LEADERSHIP)).isEqualTo(new BigDecimal("5.00"));
    assertThat(settled.total()).isEqualTo(new BigDecimal("21.00"));
  }

  @Test
  void refusesToSettleWhileADisputedCriterionHasNoConsensusScore() {
    ApplicationScore computed = DEFAULT_RULES.score(List.of(
        review("a", "1", "4", "4", "4", "1"),
        review("b", "4", "4", "4", "4", "4")));

    assertThatThrownBy(() -> DEFAULT_RULES.withConsensus(computed, Map.of(SYNERGY, new BigDecimal("3"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Konsensus mangler for kriterium 5 (Aktivt lederskap)");
  }

  @Test
  void refusesAConsensusScoreThatIsNotAValidScore() {
    ApplicationScore computed = DEFAULT_RULES.score(List.of(
        review("a", "1", "4", "4", "4", "4"),
        review("b", "4", "4", "4", "4", "4")));

    assertThatThrownBy(() -> DEFAULT_RULES.withConsensus(computed, Map.of(SYNERGY, new BigDecimal("5.5"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Konsensus for kriterium 1 (Synergi) må være mellom 0 og 5");
  }

  @Test
  void refusesToScoreWithoutReviews() {
    assertThatThrownBy(() -> DEFAULT_RULES.score(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Søknaden har ingen fagvurderinger å regne poeng fra");
    assertThatThrownBy(() -> DEFAULT_RULES.score(null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesTwoReviewsFromTheSameReviewer() {
    List<ReviewScores> reviews = List.of(
        review("a", "4", "4", "4", "4", "4"),
        review("a", "5", "5", "5", "5", "5"));

    assertThatThrownBy(() -> DEFAULT_RULES.score(reviews))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Fagvurderer a har mer enn én fagvurdering av søknaden");
  }

  @Test
  void refusesRulesWithoutThresholdsNamingTheMissingSetting() {
    assertThatThrownBy(() -> new ScoringRules(new ScoringProperties(null, BigDecimal.ONE, BigDecimal.ONE, null)))
        .hasMessageContaining("klynge.scoring.criterion-threshold");
    assertThatThrownBy(() -> new ScoringRules(new ScoringProperties(BigDecimal.ONE, null, BigDecimal.ONE, null)))
        .hasMessageContaining("klynge.scoring.total-threshold");
    assertThatThrownBy(() -> new ScoringRules(new ScoringProperties(BigDecimal.ONE, BigDecimal.ONE, null, null)))
        .hasMessageContaining("klynge.scoring.consensus-spread");
  }
}
