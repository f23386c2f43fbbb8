package no.klyngeprogrammet.decision;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.klyngeprogrammet.call.Level;
import no.klyngeprogrammet.scoring.Criterion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The scored applications of a call, the recommendation made from them, and the decisions. */
@Repository
public class DecisionRepository {

  private final JdbcClient jdbc;

  public DecisionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record Scored(String caseNumber, int version, Level level, BigDecimal total, boolean passes, Instant receivedAt,
      String snapshot) {}

  public record Decision(String caseNumber, int version, String outcome, Level level, long yearlyFunding,
      boolean deviated, String justification) {}

  /** The current version of every case of the call that has final scores. */
  public List<Scored> scoredApplications(long callId) {
    return jdbc.sql("""
            select c.case_number, c.current_version, v.level, r.total, r.passes_thresholds, v.received_at, v.snapshot
              from application_case c
              join application_version v on v.case_number = c.case_number and v.version = c.current_version
              join application_result r on r.case_number = c.case_number and r.version = c.current_version
             where c.call_id = ?
             order by c.case_number
            """)
        .param(callId)
        .query((rs, row) -> new Scored(rs.getString(1), rs.getInt(2), Level.valueOf(rs.getString(3)), rs.getBigDecimal(4),
            rs.getBoolean(5), rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getString(7)))
        .list();
  }

  public Map<Criterion, BigDecimal> finalScores(String caseNumber, int version) {
    Map<Criterion, BigDecimal> scores = new EnumMap<>(Criterion.class);
    jdbc.sql("select criterion, final_score from application_score where case_number = ? and version = ?")
        .params(caseNumber, version)
        .query((rs, row) -> scores.put(Criterion.valueOf(rs.getString(1)), rs.getBigDecimal(2)))
        .list();
    return scores;
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
        .params(decision.caseNumber(), decision.version(), callId, decision.outcome(), decision.level().name(),
            decision.yearlyFunding(), decision.deviated(), decision.justification(), decidedBy, utc(at))
        .update();
  }

  /** A complaint that changes the decision: the other outcome, with the funding that follows. */
  public void changeOutcome(String caseNumber, String outcome, long yearlyFunding) {
    jdbc.sql("update decision set outcome = ?, yearly_funding = ? where case_number = ?")
        .params(outcome, yearlyFunding, caseNumber).update();
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
        .query((rs, row) -> new Decision(rs.getString(1), rs.getInt(2), rs.getString(3), Level.valueOf(rs.getString(4)),
            rs.getLong(5), rs.getBoolean(6), rs.getString(7)))
        .optional();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
