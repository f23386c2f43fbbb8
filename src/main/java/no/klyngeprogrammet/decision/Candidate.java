package no.klyngeprogrammet.decision;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import no.klyngeprogrammet.call.Level;
import no.klyngeprogrammet.scoring.Criterion;

/** A scored application competing for its level's budget. */
public record Candidate(
    String caseNumber,
    Level level,
    Map<Criterion, BigDecimal> scores,
    BigDecimal total,
    boolean passesThresholds,
    Instant receivedAt,
    long requestedAmount) {

  public Candidate {
    if (caseNumber == null || caseNumber.isBlank()) {
      throw new IllegalArgumentException("Kandidaten mangler saksnummer");
    }
    if (level == null || total == null || receivedAt == null || scores == null) {
      throw new IllegalArgumentException("Sak " + caseNumber + " mangler nivå, poeng eller mottakstidspunkt");
    }
    for (Criterion criterion : Criterion.values()) {
      if (scores.get(criterion) == null) {
        throw new IllegalArgumentException(
            "Sak " + caseNumber + " mangler poeng på kriterium " + criterion.number());
      }
    }
    if (requestedAmount < 0) {
      throw new IllegalArgumentException("Sak " + caseNumber + " har negativt omsøkt beløp");
    }
    scores = Collections.unmodifiableMap(new EnumMap<>(scores));
  }

  public BigDecimal scoreOn(Criterion criterion) {
    return scores.get(criterion);
  }
}
