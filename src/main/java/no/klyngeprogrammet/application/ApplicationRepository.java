package no.klyngeprogrammet.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import no.klyngeprogrammet.call.CaseCount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The cases and the snapshot of every submitted version. */
@Repository
public class ApplicationRepository implements CaseCount {

  private final JdbcClient jdbc;

  public ApplicationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record StoredVersion(
      String caseNumber, int version, Instant receivedAt, String processInstanceId, long callId, String snapshot,
      String clusterName) {}

  @Override
  public int casesIn(long callId) {
    return jdbc.sql("select count(*) from application_case where call_id = ?").param(callId).query(Integer.class).single();
  }

  /** A case as it stands: its current version and its call. */
  public record CurrentCase(String caseNumber, int version, long callId) {}

  public List<CurrentCase> currentCases() {
    return jdbc.sql("select case_number, current_version, call_id from application_case")
        .query(ApplicationRepository::currentCase)
        .list();
  }

  public Optional<CurrentCase> currentCase(String caseNumber) {
    return jdbc.sql("select case_number, current_version, call_id from application_case where case_number = ?")
        .param(caseNumber)
        .query(ApplicationRepository::currentCase)
        .optional();
  }

  private static CurrentCase currentCase(ResultSet rs, int row) throws SQLException {
    return new CurrentCase(rs.getString(1), rs.getInt(2), rs.getLong(3));
  }

  /** The organisation's case in the call, if it has one. */
  public Optional<String> findCase(long callId, String applicantOrgNumber) {
    return jdbc.sql("select case_number from application_case where call_id = ? and applicant_org_number = ?")
        .params(callId, applicantOrgNumber)
        .query(String.class)
        .optional();
  }

  /**
   * Takes the case's next version number and holds the case's row until the transaction ends, so
   * that versions of one case are numbered one at a time, in the order they get here.
   */
  public int takeNextVersion(String caseNumber) {
    jdbc.sql("update application_case set current_version = current_version + 1 where case_number = ?")
        .param(caseNumber).update();
    return jdbc.sql("select current_version from application_case where case_number = ?")
        .param(caseNumber).query(Integer.class).single();
  }

  /** Gives a version registered before its process started ({@link DeferredStarts}) its instance. */
  public void linkInstance(String caseNumber, int version, String processInstanceId) {
    int linked = jdbc.sql("""
            update application_version set process_instance_id = ?
             where case_number = ? and version = ? and process_instance_id is null
            """)
        .params(processInstanceId, caseNumber, version).update();
    if (linked != 1) {
      throw new IllegalStateException(caseNumber + " version " + version + " was started already");
    }
  }

  /** Whether the user submitted any version of the case. */
  public boolean wasSubmittedBy(String caseNumber, String user) {
    return jdbc.sql("select count(*) from application_version where case_number = ? and submitted_by = ?")
        .params(caseNumber, user)
        .query(Integer.class).single() > 0;
  }

  /**
   * Inserts a case at version 1. The unique key on call and organisation refuses a second case: a
   * concurrent insert for the same organisation waits for this transaction and then fails.
   */
  public void insertCase(String caseNumber, long callId, String applicantOrgNumber, Instant createdAt) {
    jdbc.sql("""
            insert into application_case (case_number, call_id, applicant_org_number, current_version, created_at)
            values (?, ?, ?, 1, ?)
            """)
        .params(caseNumber, callId, applicantOrgNumber, utc(createdAt))
        .update();
  }

  public void insertVersion(String caseNumber, int version, Instant receivedAt, String processInstanceId,
      String submittedBy, Submission submission, String snapshot) {
    jdbc.sql("""
            insert into application_version (case_number, version, received_at, process_instance_id, submitted_by,
                                             cluster_name, level, contact_name, contact_email, snapshot)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(caseNumber, version, utc(receivedAt), processInstanceId, submittedBy, submission.clusterName(),
            submission.level().name(), submission.contactName(), submission.contactEmail(), snapshot)
        .update();
  }

  private static final String SELECT_VERSION = """
      select v.case_number, v.version, v.received_at, v.process_instance_id, c.call_id, v.snapshot, v.cluster_name
        from application_version v
        join application_case c on c.case_number = v.case_number
      """;

  public Optional<StoredVersion> findVersion(String caseNumber, int version) {
    return jdbc.sql(SELECT_VERSION + " where v.case_number = ? and v.version = ?")
        .params(caseNumber, version)
        .query(ApplicationRepository::storedVersion)
        .optional();
  }

  /** The version a process instance was started for. */
  public Optional<StoredVersion> findByProcessInstance(String processInstanceId) {
    return jdbc.sql(SELECT_VERSION + " where v.process_instance_id = ?")
        .param(processInstanceId)
        .query(ApplicationRepository::storedVersion)
        .optional();
  }

  /** The case's version that counts: the last one submitted. */
  public Optional<StoredVersion> findCurrentVersion(String caseNumber) {
    return jdbc.sql(SELECT_VERSION + " where c.case_number = ? and v.version = c.current_version")
        .param(caseNumber)
        .query(ApplicationRepository::storedVersion)
        .optional();
  }

  /** The current version of every case of the call, by case number. */
  public List<StoredVersion> currentVersionsOfCall(long callId) {
    return jdbc.sql(SELECT_VERSION + " where c.call_id = ? and v.version = c.current_version order by v.case_number")
        .param(callId)
        .query(ApplicationRepository::storedVersion)
        .list();
  }

  /** The cases of the calls whose personal data is not yet erased, by case number. */
  public List<String> unerasedCasesOf(Collection<Long> callIds) {
    if (callIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("""
            select case_number from application_case
             where personal_data_erased_at is null and call_id in (:calls)
             order by case_number
            """)
        .param("calls", callIds)
        .query(String.class).list();
  }

  public List<String> contactEmails(String caseNumber) {
    return jdbc.sql("select distinct contact_email from application_version where case_number = ?")
        .param(caseNumber).query(String.class).list();
  }

  /** Every version's number and snapshot. */
  public Map<Integer, String> snapshots(String caseNumber) {
    Map<Integer, String> snapshots = new TreeMap<>();
    jdbc.sql("select version, snapshot from application_version where case_number = ?")
        .param(caseNumber)
        .query((rs, row) -> snapshots.put(rs.getInt(1), rs.getString(2)))
        .list();
    return snapshots;
  }

  public void eraseContact(String caseNumber, int version, String replacement, String snapshot) {
    jdbc.sql("""
            update application_version set contact_name = ?, contact_email = ?, snapshot = ?
             where case_number = ? and version = ?
            """)
        .params(replacement, replacement, snapshot, caseNumber, version).update();
  }

  public void markErased(String caseNumber, Instant at) {
    jdbc.sql("update application_case set personal_data_erased_at = ? where case_number = ?")
        .params(utc(at), caseNumber).update();
  }

  private static StoredVersion storedVersion(ResultSet rs, int row) throws SQLException {
    return new StoredVersion(rs.getString(1), rs.getInt(2), rs.getObject(3, OffsetDateTime.class).toInstant(),
        rs.getString(4), rs.getLong(5), rs.getString(6), rs.getString(7));
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
