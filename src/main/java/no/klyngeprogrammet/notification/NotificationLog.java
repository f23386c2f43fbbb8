package no.klyngeprogrammet.notification;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who was sent what, when, for which case. */
@Repository
public class NotificationLog {

  private final JdbcClient jdbc;

  public NotificationLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public boolean contains(String key) {
    return jdbc.sql("select count(*) from notification_log where notification_key = ?")
        .param(key).query(Integer.class).single() > 0;
  }

  public record SentLetter(String kind, Instant sentAt) {}

  /** Every letter of the case, oldest first. */
  public List<SentLetter> sentLetters(String caseNumber) {
    return jdbc.sql("select kind, sent_at from notification_log where case_number = ? order by sent_at, id")
        .param(caseNumber)
        .query((rs, row) -> new SentLetter(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
        .list();
  }

  /** The last letter of one of the kinds sent in the case. */
  public Optional<SentLetter> lastOf(String caseNumber, Collection<String> kinds) {
    return jdbc.sql("""
            select kind, sent_at from notification_log where case_number = :case and kind in (:kinds)
             order by sent_at desc, id desc
            """)
        .param("case", caseNumber)
        .param("kinds", kinds)
        .query((rs, row) -> new SentLetter(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
        .list().stream().findFirst();
  }

  /** Of the given cases, those that were sent a letter of one of the kinds. */
  public Set<String> casesWithAny(Collection<String> caseNumbers, Collection<String> kinds) {
    if (caseNumbers.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(jdbc.sql(
            "select distinct case_number from notification_log where kind in (:kinds) and case_number in (:cases)")
        .param("kinds", kinds)
        .param("cases", caseNumbers)
        .query(String.class).list());
  }

  /** Replaces the case's recipients among the addresses: the record of what went out when stays. */
  public void replaceRecipients(String caseNumber, Collection<String> addresses, String replacement) {
    if (!addresses.isEmpty()) {
      jdbc.sql("""
              update notification_log set recipient = :replacement
               where case_number = :case and recipient in (:addresses)
              """)
          .param("replacement", replacement)
          .param("case", caseNumber)
          .param("addresses", addresses)
          .update();
    }
  }

  public void record(Letter letter, Instant sentAt) {
    jdbc.sql("""
            insert into notification_log (notification_key, case_number, kind, recipient, subject, sent_at,
                                          process_instance_id)
            values (?, ?, ?, ?, ?, ?, ?)
            """)
        .params(letter.key(), letter.caseNumber(), letter.kind(), letter.recipient(), letter.subject(),
            sentAt.atOffset(ZoneOffset.UTC), letter.processInstanceId())
        .update();
  }
}
