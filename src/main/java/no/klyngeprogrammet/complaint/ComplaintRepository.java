package no.klyngeprogrammet.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class ComplaintRepository {

  private final JdbcClient jdbc;

  public ComplaintRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record Complaint(long id, String caseNumber, LocalDate receivedOn, String text, String letterKind,
      LocalDate windowClosesOn, boolean withinWindow) {}

  /** A complaint is open until it is answered finally: by the case officer, or when sent on, by the appellate body. */
  private static final String OPEN = "(outcome is null or (forwarded_at is not null and appeal_outcome is null))";

  /**
   * Of the given cases, those with a complaint not yet answered finally (a late one is answered by
   * its refusal; an upheld one is still open with the appellate body).
   */
  public Set<String> withOpenComplaint(Collection<String> caseNumbers) {
    if (caseNumbers.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(jdbc.sql(
            "select distinct case_number from complaint where " + OPEN + " and case_number in (:cases)")
        .param("cases", caseNumbers)
        .query(String.class).list());
  }

  /**
   * Of the given cases, those with a complaint not answered finally, or answered (by the case
   * officer or the appellate body, or registered as late) after the instant.
   */
  public Set<String> withComplaintOpenAfter(Collection<String> caseNumbers, Instant instant) {
    if (caseNumbers.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(jdbc.sql("""
            select distinct case_number from complaint
             where case_number in (:cases)
               and (%s or coalesce(appeal_decided_at, assessed_at, registered_at) > :instant)
            """.formatted(OPEN))
        .param("cases", caseNumbers)
        .param("instant", instant.atOffset(ZoneOffset.UTC))
        .query(String.class).list());
  }

  public long register(String caseNumber, LocalDate receivedOn, String text, String registeredBy, Instant at,
      String letterKind, LocalDate windowClosesOn, boolean withinWindow) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into complaint (case_number, received_on, complaint_text, registered_by, registered_at, letter_kind,
                                   window_closes_on, within_window, outcome)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(caseNumber, receivedOn, text, registeredBy, at.atOffset(ZoneOffset.UTC), letterKind, windowClosesOn,
            withinWindow, withinWindow ? null : ComplaintOutcome.REFUSED_LATE.name())
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  /**
   * Whether the case's contact person has been erased (see PersonalDataErasure). Only a late
   * complaint can meet such a case: erasure waits years past the complaint window.
   */
  public boolean contactErased(String caseNumber) {
    return jdbc.sql("select count(*) from application_case where case_number = ? and personal_data_erased_at is not null")
        .param(caseNumber).query(Integer.class).single() > 0;
  }

  public Complaint get(long id) {
    return jdbc.sql("""
            select id, case_number, received_on, complaint_text, letter_kind, window_closes_on, within_window
              from complaint where id = ?
            """)
        .param(id)
        .query((rs, row) -> new Complaint(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
            rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class), rs.getBoolean(7)))
        .single();
  }

  public void recordOutcome(long id, ComplaintOutcome outcome, String justification, String assessedBy, Instant at) {
    jdbc.sql("update complaint set outcome = ?, justification = ?, assessed_by = ?, assessed_at = ? where id = ?")
        .params(outcome.name(), justification, assessedBy, at.atOffset(ZoneOffset.UTC), id)
        .update();
  }

  public Optional<String> justification(long id) {
    return jdbc.sql("select justification from complaint where id = ?").param(id).query(String.class).optional();
  }

  public Optional<ComplaintOutcome> outcome(long id) {
    return jdbc.sql("select outcome from complaint where id = ?").param(id).query(String.class).optional()
        .map(ComplaintOutcome::valueOf);
  }

  /** The case officer upheld the decision: the complaint goes on, and the applicant can expect the answer by then. */
  public void forward(long id, Instant at, LocalDate answerExpectedOn) {
    jdbc.sql("update complaint set forwarded_at = ?, answer_expected_on = ? where id = ?")
        .params(at.atOffset(ZoneOffset.UTC), answerExpectedOn, id)
        .update();
  }

  public Optional<LocalDate> answerExpectedOn(long id) {
    return jdbc.sql("select answer_expected_on from complaint where id = ?").param(id)
        .query((rs, row) -> Optional.ofNullable(rs.getObject(1, LocalDate.class))).single();
  }

  /** The appellate body's final decision on a complaint sent on to it. */
  public record AppealDecision(ComplaintOutcome outcome, String justification, String decidedBy, Instant decidedAt) {}

  public void recordAppealDecision(long id, AppealDecision decision) {
    jdbc.sql("""
            update complaint set appeal_outcome = ?, appeal_justification = ?, appeal_decided_by = ?, appeal_decided_at = ?
             where id = ? and forwarded_at is not null
            """)
        .params(decision.outcome().name(), decision.justification(), decision.decidedBy(),
            decision.decidedAt().atOffset(ZoneOffset.UTC), id)
        .update();
  }

  public Optional<AppealDecision> appealDecision(long id) {
    return jdbc.sql("""
            select appeal_outcome, appeal_justification, appeal_decided_by, appeal_decided_at
              from complaint where id = ? and appeal_outcome is not null
            """)
        .param(id)
        .query((rs, row) -> new AppealDecision(ComplaintOutcome.valueOf(rs.getString(1)), rs.getString(2),
            rs.getString(3), rs.getObject(4, OffsetDateTime.class).toInstant()))
        .optional();
  }
}
