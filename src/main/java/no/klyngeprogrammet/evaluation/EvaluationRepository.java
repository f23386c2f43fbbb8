package no.klyngeprogrammet.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class EvaluationRepository {

  private final JdbcClient jdbc;

  public EvaluationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void recordReport(String caseNumber, int roundYear, String reportJson, Instant at) {
    jdbc.sql("insert into evaluation (case_number, round_year, report_submitted_at, report) values (?, ?, ?, ?)")
        .params(caseNumber, roundYear, at.atOffset(ZoneOffset.UTC), reportJson)
        .update();
  }

  /** What the outcome letter tells: the evaluation's outcome and its reasons. */
  public record OutcomeLetterFacts(Outcome outcome, String assessment, String overrideJustification,
      String followUpPlan, LocalDate followUpDeadline, boolean nceGranted) {}

  public OutcomeLetterFacts outcomeOf(String caseNumber, int roundYear) {
    return jdbc.sql("select outcome, assessment, override_justification, follow_up_plan, follow_up_deadline, nce_granted "
            + "from evaluation where case_number = ? and round_year = ?")
        .params(caseNumber, roundYear)
        .query((rs, row) -> new OutcomeLetterFacts(Outcome.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
            rs.getString(4), rs.getObject(5, LocalDate.class), rs.getBoolean(6)))
        .single();
  }

  /** When the round's annual report was received. */
  public Instant reportSubmittedAt(String caseNumber, int roundYear) {
    return jdbc.sql("select report_submitted_at from evaluation where case_number = ? and round_year = ?")
        .params(caseNumber, roundYear)
        .query(OffsetDateTime.class).single().toInstant();
  }

  public void recordMissingReport(String caseNumber, int roundYear) {
    jdbc.sql("insert into evaluation (case_number, round_year) values (?, ?)").params(caseNumber, roundYear).update();
  }

  public record Result(String development, Boolean meetsRequirements, String assessment, Outcome proposed,
      Outcome outcome, String overrideJustification, String followUpPlan, LocalDate followUpDeadline,
      boolean nceGranted, String decidedBy) {}

  public void recordResult(String caseNumber, int roundYear, Result r, Instant at) {
    jdbc.sql("""
            update evaluation set development = ?, meets_requirements = ?, assessment = ?, proposed_outcome = ?,
                   outcome = ?, override_justification = ?, follow_up_plan = ?, follow_up_deadline = ?,
                   nce_granted = ?, decided_by = ?, decided_at = ?
             where case_number = ? and round_year = ?
            """)
        .params(r.development(), r.meetsRequirements(), r.assessment(), r.proposed().name(), r.outcome().name(),
            r.overrideJustification(), r.followUpPlan(), r.followUpDeadline(), r.nceGranted(), r.decidedBy(),
            at.atOffset(ZoneOffset.UTC), caseNumber, roundYear)
        .update();
  }
}
