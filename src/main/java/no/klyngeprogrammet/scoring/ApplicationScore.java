package no.klyngeprogrammet.scoring;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** An application's score per criterion and in total, measured against the thresholds. */
public record ApplicationScore(
    Map<Criterion, BigDecimal> perCriterion,
    BigDecimal total,
    Set<Criterion> belowThreshold,
    boolean totalBelowThreshold,
    Set<Criterion> needingConsensus) {

  public ApplicationScore {
    perCriterion = copy(perCriterion);
    belowThreshold = copy(belowThreshold);
    needingConsensus = copy(needingConsensus);
  }

  /** Only an application that passes may be funded; one that does not is still ranked. */
  public boolean passesThresholds() {
    return belowThreshold.isEmpty() && !totalBelowThreshold;
  }

  public boolean needsConsensus() {
    return !needingConsensus.isEmpty();
  }

  // EnumMap's and EnumSet's copy constructors refuse an empty source that is not itself an enum one.
  private static Map<Criterion, BigDecimal> copy(Map<Criterion, BigDecimal> scores) {
    Map<Criterion, BigDecimal> copy = new EnumMap<>(Criterion.class);
    copy.putAll(scores);
    return Collections.unmodifiableMap(copy);
  }

  private static Set<Criterion> copy(Set<Criterion> criteria) {
    Set<Criterion> copy = EnumSet.noneOf(Criterion.class);
    copy.addAll(criteria);
    return Collections.unmodifiableSet(copy);
  }
}
