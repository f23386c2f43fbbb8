package no.klyngeprogrammet.evaluation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import no.klyngeprogrammet.validation.ValidationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The evaluation rounds held or started: one per year, with the report due date it fixed. */
@Repository
public class EvaluationRounds {

  static final String NOT_STARTED = "Evalueringsrunden ble ikke startet.";

  private final JdbcClient jdbc;

  public EvaluationRounds(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public boolean exists(int year) {
    return jdbc.sql("select count(*) from evaluation_round where round_year = ?").param(year).query(Integer.class)
        .single() > 0;
  }

  public Optional<Integer> latestYear() {
    return jdbc.sql("select max(round_year) from evaluation_round").query(Integer.class).optional();
  }

  /**
   * Opens the round of a year. A second round of the same year is refused, also when two start at
   * the same moment: the year is the table's primary key, so the later insert waits for the
   * earlier and then fails.
   */
  public void open(RoundRequest request, Instant startedAt, String processInstanceId) {
    if (exists(request.year())) {
      throw alreadyStarted(request.year());
    }
    try {
      jdbc.sql("""
              insert into evaluation_round (round_year, report_due, started_by, started_at, process_instance_id)
              values (?, ?, ?, ?, ?)
              """)
          .params(request.year(), utc(request.reportDue()), request.startedBy(), utc(startedAt), processInstanceId)
          .update();
    } catch (DuplicateKeyException e) {
      throw alreadyStarted(request.year());
    }
  }

  public Instant reportDue(int year) {
    return jdbc.sql("select report_due from evaluation_round where round_year = ?").param(year)
        .query(OffsetDateTime.class).single().toInstant();
  }

  static ValidationException alreadyStarted(int year) {
    return ValidationException.single(NOT_STARTED, EvaluationVariables.ROUND_YEAR, RoundRequestForm.YEAR_LABEL,
        "det er allerede startet en evalueringsrunde for " + year + ", og det kan bare være én runde per år");
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
