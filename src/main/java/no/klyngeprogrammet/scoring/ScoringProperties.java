package no.klyngeprogrammet.scoring;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Thresholds, the spread that calls for consensus, and the criteria's weights, from
 * {@code klynge.scoring}. A programme office that weights only some criteria leaves the others at
 * 1, so an unweighted criterion never silently drops out of the total.
 */
@ConfigurationProperties("klynge.scoring")
public record ScoringProperties(
    BigDecimal criterionThreshold,
    BigDecimal totalThreshold,
    BigDecimal consensusSpread,
    Map<Criterion, BigDecimal> weights) {

  public ScoringProperties {
    Map<Criterion, BigDecimal> complete = new EnumMap<>(Criterion.class);
    for (Criterion criterion : Criterion.values()) {
      BigDecimal weight = weights == null ? null : weights.get(criterion);
      complete.put(criterion, weight == null ? BigDecimal.ONE : weight);
    }
    weights = Collections.unmodifiableMap(complete);
  }

  public BigDecimal weightOf(Criterion criterion) {
    return weights.get(criterion);
  }
}
