package no.klyngeprogrammet.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
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

  /** The last decision letter sent in the case: what a complaint is about. */
  public record SentLetter(String kind, Instant sentAt) {}

  public Optional<SentLetter> lastDecisionLetter(String caseNumber) {
    return jdbc.sql("""
            select kind, sent_at from notification_log
             where case_number = ? and kind in ('DECISION', 'FORMAL_REJECTION', 'COMPLAINT_DECISION')
             order by sent_at desc, id desc
            """)
        .param(caseNumber)
        .query((rs, row) -> new SentLetter(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
        .list().stream().findFirst();
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
            withinWindow, withinWindow ? null : "REFUSED_LATE")
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

  public void recordOutcome(long id, String outcome, String justification, String assessedBy, Instant at) {
    jdbc.sql("update complaint set outcome = ?, justification = ?, assessed_by = ?, assessed_at = ? where id = ?")
        .params(outcome, justification, assessedBy, at.atOffset(ZoneOffset.UTC), id)
        .update();
  }

  public Optional<String> outcome(long id) {
    return jdbc.sql("select outcome from complaint where id = ?").param(id).query(String.class).optional();
  }
}
