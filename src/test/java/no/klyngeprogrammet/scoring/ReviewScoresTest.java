package no.klyngeprogrammet.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ReviewScoresTest {

  private static Map<Criterion, BigDecimal> allFour() {
    Map<Criterion, BigDecimal> scores = new EnumMap<>(Criterion.class);
    for (Criterion criterion : Criterion.values()) {
      scores.put(criterion, new BigDecimal("4"));
    }
    return scores;
  }

  @Test
  void keepsEveryScoreWithOneDecimal() {
    ReviewScores review = new ReviewScores("kari", allFour());

    assertThat(review.scores()).containsOnlyKeys(Criterion.values());
    assertThat(review.scoreOn(Criterion.LEADERSHIP)).hasToString("4.0");
  }

  @Test
  void refusesAReviewWithACriterionLeftOut() {
    Map<Criterion, BigDecimal> scores = allFour();
    scores.remove(Criterion.PARTICIPATION);

    assertThatThrownBy(() -> new ReviewScores("kari", scores))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Fagvurderingen fra kari: kriterium 4 (Bred deltakelse) må fylles ut");
  }

  @Test
  void refusesAScoreThatIsNotAHalfPoint() {
    Map<Criterion, BigDecimal> scores = allFour();
    scores.put(Criterion.SYNERGY, new BigDecimal("2.25"));

    assertThatThrownBy(() -> new ReviewScores("kari", scores))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Fagvurderingen fra kari: kriterium 1 (Synergi) må være i hele eller halve poeng");
  }

  @Test
  void refusesMissingScores() {
    assertThatThrownBy(() -> new ReviewScores("kari", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Fagvurderingen fra kari mangler poeng");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = " ")
  void refusesAReviewWithoutReviewer(String reviewerId) {
    assertThatThrownBy(() -> new ReviewScores(reviewerId, allFour()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Fagvurderingen mangler fagvurderer");
  }

  @Test
  void laterChangesToTheGivenMapDoNotReachTheReview() {
    Map<Criterion, BigDecimal> scores = allFour();
    ReviewScores review = new ReviewScores("kari", scores);

    scores.put(Criterion.SYNERGY, BigDecimal.ZERO);

    assertThat(review.scoreOn(Criterion.SYNERGY)).isEqualByComparingTo("4");
    assertThatThrownBy(() -> review.scores().put(Criterion.SYNERGY, BigDecimal.ZERO))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
