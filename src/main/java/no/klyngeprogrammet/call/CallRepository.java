package no.klyngeprogrammet.call;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Repository;

@Repository
public class CallRepository {

  private static final String SELECT_CALL =
      "select id, call_year, title, status, deadline, announcement_at from cluster_call ";

  private final JdbcClient jdbc;
  private final String shareLock;

  public CallRepository(JdbcClient jdbc, DataSource dataSource) throws MetaDataAccessException {
    this.jdbc = jdbc;
    String database = JdbcUtils.commonDatabaseName(
        JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
    this.shareLock = "PostgreSQL".equals(database) ? "for share" : "for update";
  }

  /** Inserts an open call; the unique open_year refuses a second open call for the same year. */
  public long insertOpen(OpenCallRequest request, Instant openedAt, String processInstanceId) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into cluster_call (call_year, title, status, open_year, opened_at, deadline, announcement_at,
                                      opened_by, process_instance_id)
            values (:year, :title, 'OPEN', :year, :openedAt, :deadline, :announcement, :openedBy, :processInstanceId)
            """)
        .param("year", request.year())
        .param("title", request.title())
        .param("openedAt", utc(openedAt))
        .param("deadline", utc(request.deadline()))
        .param("announcement", utc(request.announcement()))
        .param("openedBy", request.openedBy())
        .param("processInstanceId", processInstanceId)
        .update(keys, "id");
    long id = keys.getKeyAs(Number.class).longValue();
    request.budgets().forEach((level, amount) ->
        jdbc.sql("insert into call_budget (call_id, level, amount) values (?, ?, ?)")
            .params(id, level.name(), amount)
            .update());
    boolean counterExists = jdbc.sql("select count(*) from case_number_counter where call_year = ?")
        .param(request.year()).query(Integer.class).single() > 0;
    if (!counterExists) {
      // The year's numbers count from the value drawn now: its first case gets number 1.
      jdbc.sql("insert into case_number_counter (call_year, sequence_base) values (?, nextval('case_number_sequence'))")
          .param(request.year()).update();
    }
    return id;
  }

  public boolean isOpen(int year) {
    return jdbc.sql("select count(*) from cluster_call where open_year = ?").param(year).query(Integer.class).single() > 0;
  }

  public Optional<ClusterCall> findById(long id) {
    return jdbc.sql(SELECT_CALL + "where id = ?").param(id).query(this::map).optional();
  }

  public List<Long> announcedBy(Instant instant) {
    return jdbc.sql("select id from cluster_call where announcement_at <= ?").param(utc(instant))
        .query(Long.class).list();
  }

  public List<ClusterCall> findOpen() {
    return jdbc.sql(SELECT_CALL + "where status = 'OPEN' order by deadline").query(this::map).list();
  }

  /** The call of the year with the latest deadline, open or closed. */
  public Optional<ClusterCall> findLatestIn(int year) {
    return jdbc.sql(SELECT_CALL + "where call_year = ? order by deadline desc, id desc fetch first 1 rows only")
        .param(year).query(this::map).optional();
  }

  /**
   * Shares the open call's row with the other submissions in flight until the transaction ends:
   * closing the intake updates the row, so it waits for them, and a submission that comes after
   * the close finds the call closed. Returns false when the call is closed. H2, the embedded
   * default, has no shared row lock and takes the row exclusively.
   */
  public boolean shareForSubmission(long callId) {
    return jdbc.sql("select id from cluster_call where id = ? and status = 'OPEN' " + shareLock)
        .param(callId).query(Long.class).optional().isPresent();
  }

  /** Whether the call is open, taking its row as {@link #shareForSubmission(long)} does, open or not. */
  public boolean shareForStart(long callId) {
    return "OPEN".equals(jdbc.sql("select status from cluster_call where id = ? " + shareLock)
        .param(callId).query(String.class).single());
  }

  public boolean close(long callId, Instant closedAt) {
    return jdbc.sql("update cluster_call set status = 'CLOSED', open_year = null, closed_at = ? where id = ? and status = 'OPEN'")
        .params(utc(closedAt), callId).update() == 1;
  }

  public void recordCaseCount(long callId, int cases) {
    jdbc.sql("update cluster_call set case_count = ? where id = ?").params(cases, callId).update();
  }

  /**
   * Counts one more finished assessment, taking the call's row lock, and returns whether every
   * case counted when intake closed is now assessed.
   */
  public boolean recordAssessedAndCheckAll(long callId) {
    jdbc.sql("update cluster_call set assessed_count = assessed_count + 1 where id = ?").param(callId).update();
    return jdbc.sql("select count(*) from cluster_call where id = ? and assessed_count = case_count")
        .param(callId).query(Integer.class).single() == 1;
  }

  public String processInstanceId(long callId) {
    return jdbc.sql("select process_instance_id from cluster_call where id = ?").param(callId).query(String.class).single();
  }

  /** The year's next number: it never waits for another submission and is never handed out again. */
  public long nextCaseSequence(int year) {
    return jdbc.sql("select nextval('case_number_sequence') - sequence_base from case_number_counter where call_year = ?")
        .param(year).query(Long.class).single();
  }

  private ClusterCall map(ResultSet rs, int row) throws SQLException {
    long id = rs.getLong("id");
    return new ClusterCall(
        id,
        rs.getInt("call_year"),
        rs.getString("title"),
        ClusterCall.Status.valueOf(rs.getString("status")),
        rs.getObject("deadline", OffsetDateTime.class).toInstant(),
        rs.getObject("announcement_at", OffsetDateTime.class).toInstant(),
        budgets(id));
  }

  private Map<Level, Long> budgets(long callId) {
    Map<Level, Long> budgets = new EnumMap<>(Level.class);
    jdbc.sql("select level, amount from call_budget where call_id = ?").param(callId)
        .query((rs, row) -> budgets.put(Level.valueOf(rs.getString("level")), rs.getLong("amount")))
        .list();
    return budgets;
  }

  static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
