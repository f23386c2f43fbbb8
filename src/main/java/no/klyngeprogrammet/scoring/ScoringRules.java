package no.klyngeprogrammet.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How reviewers' scores become an application's score: the mean per criterion, a weighted total,
 * and the thresholds. Where reviewers disagree by more than the configured spread, the case
 * officer's consensus score replaces the mean.
 */
public class ScoringRules {

  private static final int SCALE = 2;
  private static final int EXACT = 10;

  private final ScoringProperties properties;

  public ScoringRules(ScoringProperties properties) {
    // Checked here rather than in the properties, so a missing setting is named when scoring
    // starts and does not stop the whole application from starting.
    Objects.requireNonNull(properties.criterionThreshold(), "klynge.scoring.criterion-threshold is not configured");
    Objects.requireNonNull(properties.totalThreshold(), "klynge.scoring.total-threshold is not configured");
    Objects.requireNonNull(properties.consensusSpread(), "klynge.scoring.consensus-spread is not configured");
    this.properties = properties;
  }

  public ApplicationScore score(List<ReviewScores> reviews) {
    if (reviews == null || reviews.isEmpty()) {
      throw new IllegalArgumentException("Søknaden har ingen fagvurderinger å regne poeng fra");
    }
    refuseRepeatedReviewers(reviews);
    Map<Criterion, BigDecimal> means = new EnumMap<>(Criterion.class);
    Map<Criterion, BigDecimal> exactMeans = new EnumMap<>(Criterion.class);
    Set<Criterion> needingConsensus = EnumSet.noneOf(Criterion.class);
    BigDecimal count = BigDecimal.valueOf(reviews.size());
    for (Criterion criterion : Criterion.values()) {
      List<BigDecimal> scores = reviews.stream().map(review -> review.scoreOn(criterion)).toList();
      BigDecimal sum = scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      means.put(criterion, sum.divide(count, SCALE, RoundingMode.HALF_UP));
      exactMeans.put(criterion, sum.divide(count, EXACT, RoundingMode.HALF_UP));
      BigDecimal spread = scores.stream().max(BigDecimal::compareTo).orElseThrow()
          .subtract(scores.stream().min(BigDecimal::compareTo).orElseThrow());
      if (spread.compareTo(properties.consensusSpread()) > 0) {
        needingConsensus.add(criterion);
      }
    }
    return assess(means, exactMeans, needingConsensus);
  }

  /**
   * Every criterion that needed consensus must have a consensus score: otherwise a disputed mean
   * would stand unnoticed. A consensus score on another criterion is allowed and stands too.
   */
  public ApplicationScore withConsensus(
      ApplicationScore computed, Map<Criterion, BigDecimal> consensusScores) {
    for (Criterion criterion : computed.needingConsensus()) {
      if (!consensusScores.containsKey(criterion)) {
        throw new IllegalArgumentException("Konsensus mangler for " + describe(criterion));
      }
    }
    Map<Criterion, BigDecimal> settled = new EnumMap<>(Criterion.class);
    settled.putAll(computed.perCriterion());
    consensusScores.forEach((criterion, score) -> settled.put(criterion, consensus(criterion, score)));
    return assess(settled, settled, Set.of());
  }

  /**
   * The total is taken from the unrounded means, so that rounding the means shown can never move an
   * application across the total threshold: three reviewers whose totals average 17 give 17.
   */
  private ApplicationScore assess(Map<Criterion, BigDecimal> perCriterion, Map<Criterion, BigDecimal> totalBasis,
      Set<Criterion> needingConsensus) {
    BigDecimal total = BigDecimal.ZERO;
    Set<Criterion> below = EnumSet.noneOf(Criterion.class);
    for (Map.Entry<Criterion, BigDecimal> entry : perCriterion.entrySet()) {
      total = total.add(properties.weightOf(entry.getKey()).multiply(totalBasis.get(entry.getKey())));
      if (entry.getValue().compareTo(properties.criterionThreshold()) < 0) {
        below.add(entry.getKey());
      }
    }
    total = total.setScale(SCALE, RoundingMode.HALF_UP);
    boolean totalBelow = total.compareTo(properties.totalThreshold()) < 0;
    return new ApplicationScore(perCriterion, total, below, totalBelow, needingConsensus);
  }

  private static void refuseRepeatedReviewers(List<ReviewScores> reviews) {
    Set<String> seen = new HashSet<>();
    for (ReviewScores review : reviews) {
      if (!seen.add(review.reviewerId())) {
        throw new IllegalArgumentException(
            "Fagvurderer " + review.reviewerId() + " har mer enn én fagvurdering av søknaden");
      }
    }
  }

  private static BigDecimal consensus(Criterion criterion, BigDecimal score) {
    try {
      return ScoreValue.parse(score).setScale(SCALE);
    } catch (IllegalArgumentException invalid) {
      throw new IllegalArgumentException(
          "Konsensus for " + describe(criterion) + " " + invalid.getMessage(), invalid);
    }
  }

  private static String describe(Criterion criterion) {
    return "kriterium " + criterion.number() + " (" + criterion.displayName() + ")";
  }
}
