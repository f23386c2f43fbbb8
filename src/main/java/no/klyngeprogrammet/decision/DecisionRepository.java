package no.klyngeprogrammet.decision;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.klyngeprogrammet.call.Level;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The recommendation made from a call's scored applications, and the decisions. */
@Repository
public class DecisionRepository {

  private final JdbcClient jdbc;

  public DecisionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record Decision(String caseNumber, int version, DecisionOutcome outcome, Level level, long yearlyFunding,
      boolean deviated, String justification) {}

  /** Of the given cases, those the council admitted. */
  public Set<String> admitted(Collection<String> caseNumbers) {
    if (caseNumbers.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(jdbc.sql("select case_number from decision where outcome = :admitted and case_number in (:cases)")
        .param("admitted", DecisionOutcome.ADMITTED.name())
        .param("cases", caseNumbers)
        .query(String.class).list());
  }

  public void recordRecommendation(long callId, RankedCandidate ranked, int version, String recommendedBy, Instant at) {
    Candidate c = ranked.candidate();
    jdbc.sql("""
            insert into recommendation (call_id, case_number, version, level, rank_in_level, total, passes_thresholds,
                                        requested_amount, funded, budget_left, recommended_by, recommended_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(callId, c.caseNumber(), version, c.level().name(), ranked.rank(), c.total(), c.passesThresholds(),
            c.requestedAmount(), ranked.funded(), ranked.budgetLeft(), recommendedBy, utc(at))
        .update();
  }

  /** Case number → whether the recommendation funds it. */
  public Map<String, Boolean> recommendedFunding(long callId) {
    Map<String, Boolean> funded = new java.util.LinkedHashMap<>();
    jdbc.sql("select case_number, funded from recommendation where call_id = ? order by level, rank_in_level")
        .param(callId)
        .query((rs, row) -> funded.put(rs.getString(1), rs.getBoolean(2)))
        .list();
    return funded;
  }

  public void recordDecision(long callId, Decision decision, String decidedBy, Instant at) {
    jdbc.sql("""
            insert into decision (case_number, version, call_id, outcome, level, yearly_funding, deviated, justification,
                                  decided_by, decided_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(decision.caseNumber(), decision.version(), callId, decision.outcome().name(), decision.level().name(),
            decision.yearlyFunding(), decision.deviated(), decision.justification(), decidedBy, utc(at))
        .update();
  }

  /** A complaint that changes the decision: the other outcome, with the funding that follows. */
  public void changeOutcome(String caseNumber, DecisionOutcome outcome, long yearlyFunding) {
    jdbc.sql("update decision set outcome = ?, yearly_funding = ? where case_number = ?")
        .params(outcome.name(), yearlyFunding, caseNumber).update();
  }

  public Optional<String> recommendedBy(String caseNumber) {
    return jdbc.sql("select recommended_by from recommendation where case_number = ?").param(caseNumber)
        .query(String.class).optional();
  }

  public Optional<String> decidedBy(String caseNumber) {
    return jdbc.sql("select decided_by from decision where case_number = ?").param(caseNumber)
        .query(String.class).optional();
  }

  public Optional<Decision> decisionFor(String caseNumber) {
    return jdbc.sql("""
            select case_number, version, outcome, level, yearly_funding, deviated, justification
              from decision where case_number = ?
            """)
        .param(caseNumber)
        .query((rs, row) -> new Decision(rs.getString(1), rs.getInt(2), DecisionOutcome.valueOf(rs.getString(3)), Level.valueOf(rs.getString(4)),
            rs.getLong(5), rs.getBoolean(6), rs.getString(7)))
        .optional();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
