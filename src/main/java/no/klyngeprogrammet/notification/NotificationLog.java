package no.klyngeprogrammet.notification;

import java.time.Instant;
import java.time.ZoneOffset;
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
