package no.klyngeprogrammet.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApplicationScoreTest {

  private static ApplicationScore score(Set<Criterion> below, boolean totalBelow, Set<Criterion> consensus) {
    return new ApplicationScore(Map.of(), BigDecimal.ZERO, below, totalBelow, consensus);
  }

  @Test
  void passesWhenNoCriterionAndNotTheTotalIsBelowItsThreshold() {
    assertThat(score(Set.of(), false, Set.of()).passesThresholds()).isTrue();
  }

  @Test
  void failsWhenOneCriterionIsBelowItsThreshold() {
    assertThat(score(Set.of(Criterion.LEADERSHIP), false, Set.of()).passesThresholds()).isFalse();
  }

  @Test
  void failsWhenOnlyTheTotalIsBelowItsThreshold() {
    assertThat(score(Set.of(), true, Set.of()).passesThresholds()).isFalse();
  }

  @Test
  void needsConsensusWhileAnyCriterionAwaitsIt() {
    assertThat(score(Set.of(), false, Set.of(Criterion.SYNERGY)).needsConsensus()).isTrue();
    assertThat(score(Set.of(), false, Set.of()).needsConsensus()).isFalse();
  }

  @Test
  void keepsItsOwnCopiesSoTheScoreCannotChangeAfterwards() {
    Set<Criterion> below = new HashSet<>();
    ApplicationScore score = score(below, false, EnumSet.noneOf(Criterion.class));

    below.add(Criterion.SYNERGY);

    assertThat(score.passesThresholds()).isTrue();
    assertThatThrownBy(() -> score.needingConsensus().add(Criterion.SYNERGY))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> score.perCriterion().put(Criterion.SYNERGY, BigDecimal.ONE))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
