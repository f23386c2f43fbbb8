package no.klyngeprogrammet.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import no.klyngeprogrammet.call.Level;
import no.klyngeprogrammet.scoring.Criterion;
import org.junit.jupiter.api.Test;

class CandidateTest {

  private static final Instant RECEIVED = Instant.parse("2026-09-01T10:00:00Z");

  private static Map<Criterion, BigDecimal> allFour() {
    Map<Criterion, BigDecimal> scores = new EnumMap<>(Criterion.class);
    for (Criterion criterion : Criterion.values()) {
      scores.put(criterion, new BigDecimal("4"));
    }
    return scores;
  }

  private static Candidate candidate(String caseNumber, Map<Criterion, BigDecimal> scores, long amount) {
    return new Candidate(caseNumber, Level.ARENA, scores, new BigDecimal("20"), true, RECEIVED, amount);
  }

  @Test
  void refusesACandidateWithoutAScoreOnEveryCriterion() {
    Map<Criterion, BigDecimal> scores = allFour();
    scores.remove(Criterion.LEADERSHIP);

    assertThatThrownBy(() -> candidate("2026-0001", scores, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Sak 2026-0001 mangler poeng på kriterium 5");
  }

  @Test
  void refusesANegativeRequestedAmount() {
    assertThatThrownBy(() -> candidate("2026-0001", allFour(), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Sak 2026-0001 har negativt omsøkt beløp");
  }

  @Test
  void refusesACandidateWithoutCaseNumber() {
    assertThatThrownBy(() -> candidate(" ", allFour(), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Kandidaten mangler saksnummer");
  }

  @Test
  void refusesACandidateWithoutReceivedTime() {
    assertThatThrownBy(() -> new Candidate("2026-0001", Level.ARENA, allFour(), BigDecimal.TEN, true, null, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Sak 2026-0001 mangler nivå, poeng eller mottakstidspunkt");
  }

  @Test
  void laterChangesToTheGivenScoresDoNotReachTheCandidate() {
    Map<Criterion, BigDecimal> scores = allFour();
    Candidate candidate = candidate("2026-0001", scores, 1);

    scores.put(Criterion.STRATEGIC_PROJECT, BigDecimal.ZERO);

    assertThat(candidate.scoreOn(Criterion.STRATEGIC_PROJECT)).isEqualByComparingTo("4");
  }
}
