package no.klyngeprogrammet.scoring;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One reviewer's scores on all five criteria. A review with a criterion left out would pull that
 * criterion's mean towards the other reviewers, so it is refused instead.
 */
public record ReviewScores(String reviewerId, Map<Criterion, BigDecimal> scores) {

  public ReviewScores {
    if (reviewerId == null || reviewerId.isBlank()) {
      throw new IllegalArgumentException("Fagvurderingen mangler fagvurderer");
    }
    if (scores == null) {
      throw new IllegalArgumentException("Fagvurderingen fra " + reviewerId + " mangler poeng");
    }
    Map<Criterion, BigDecimal> checked = new EnumMap<>(Criterion.class);
    for (Criterion criterion : Criterion.values()) {
      checked.put(criterion, parse(reviewerId, criterion, scores.get(criterion)));
    }
    scores = Collections.unmodifiableMap(checked);
  }

  public BigDecimal scoreOn(Criterion criterion) {
    return scores.get(criterion);
  }

  private static BigDecimal parse(String reviewerId, Criterion criterion, BigDecimal score) {
    try {
      return ScoreValue.parse(score);
    } catch (IllegalArgumentException invalid) {
      throw new IllegalArgumentException(
          "Fagvurderingen fra " + reviewerId + ": kriterium " + criterion.number() + " ("
              + criterion.displayName() + ") " + invalid.getMessage(), invalid);
    }
  }
}
