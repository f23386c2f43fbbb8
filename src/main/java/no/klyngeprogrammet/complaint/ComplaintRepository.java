package no.klyngeprogrammet.complaint;

import java.time.Instant;
import java.time.LocalDate;
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

  /** Of the given cases, those with a complaint not yet answered (a late one is answered by its refusal). */
  public Set<String> withOpenComplaint(Collection<String> caseNumbers) {
    if (caseNumbers.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(jdbc.sql(
            "select distinct case_number from complaint where outcome is null and case_number in (:cases)")
        .param("cases", caseNumbers)
        .query(String.class).list());
  }

  /** Of the given cases, those with a complaint not answered, or answered (or registered as late) after the instant. */
  public Set<String> withComplaintOpenAfter(Collection<String> caseNumbers, Instant instant) {
    if (caseNumbers.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(jdbc.sql("""
            select distinct case_number from complaint
             where case_number in (:cases)
               and (outcome is null or coalesce(assessed_at, registered_at) > :instant)
            """)
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
}
