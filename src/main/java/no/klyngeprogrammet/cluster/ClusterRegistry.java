package no.klyngeprogrammet.cluster;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.klyngeprogrammet.call.Level;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every admitted cluster: level, contract period, status, and its history across years. */
@Repository
public class ClusterRegistry {

  private final JdbcClient jdbc;
  private final RegistryProperties properties;

  public ClusterRegistry(JdbcClient jdbc, RegistryProperties properties) {
    this.jdbc = jdbc;
    this.properties = properties;
  }

  public record Entry(String caseNumber, String clusterName, Level level, long yearlyFunding, LocalDate periodStart,
      LocalDate periodEnd, ClusterStatus status) {}

  public record Event(LocalDate date, String kind, String detail, String decidedBy) {}

  /** The contract period: from the announcement's date, for the level's number of years. */
  public Entry entryFor(String caseNumber, String clusterName, Level level, long yearlyFunding, LocalDate start) {
    return new Entry(caseNumber, clusterName, level, yearlyFunding, start,
        start.plusYears(properties.yearsFor(level)).minusDays(1), ClusterStatus.ACTIVE);
  }

  /**
   * Registers the cluster once; a retried job finds it there and adds nothing. A cluster whose
   * organisation already holds an entry at another level has changed level: both entries record
   * the change, and the earlier period ends, so that no round evaluates the cluster twice.
   */
  public void register(Entry entry, String applicantOrgNumber, String decidedBy, Instant admittedAt) {
    if (find(entry.caseNumber()).isPresent()) {
      return;
    }
    Optional<Entry> previous = latestOf(applicantOrgNumber);
    jdbc.sql("""
            insert into cluster_registry (case_number, cluster_name, applicant_org_number, level, yearly_funding,
                                          period_start, period_end, status, admitted_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(entry.caseNumber(), entry.clusterName(), applicantOrgNumber, entry.level().name(), entry.yearlyFunding(),
            entry.periodStart(), entry.periodEnd(), entry.status().name(), admittedAt.atOffset(ZoneOffset.UTC))
        .update();
    recordEvent(entry.caseNumber(), entry.periodStart(), "ADMITTED", "Tatt opp på nivå " + entry.level().displayName()
        + " for perioden " + entry.periodStart() + " til " + entry.periodEnd(), decidedBy, admittedAt);
    previous.filter(earlier -> earlier.level() != entry.level()).ifPresent(earlier -> {
      String change = "Nivåendring fra " + earlier.level().displayName() + " til " + entry.level().displayName()
          + " ved vedtak i sak " + entry.caseNumber();
      recordEvent(entry.caseNumber(), entry.periodStart(), "LEVEL_CHANGED",
          change + " (tidligere sak " + earlier.caseNumber() + ")", decidedBy, admittedAt);
      boolean running = earlier.status().running();
      recordEvent(earlier.caseNumber(), entry.periodStart(), "LEVEL_CHANGED",
          change + (running ? "; perioden på nivå " + earlier.level().displayName() + " er avsluttet" : ""),
          decidedBy, admittedAt);
      if (running) {
        setStatus(earlier.caseNumber(), ClusterStatus.COMPLETED);
      }
    });
  }

  /** The organisation's latest entry, if it has been admitted before. */
  private Optional<Entry> latestOf(String applicantOrgNumber) {
    return jdbc.sql("""
            select case_number, cluster_name, level, yearly_funding, period_start, period_end, status
              from cluster_registry where applicant_org_number = ? order by period_start desc, id desc
            """)
        .param(applicantOrgNumber)
        .query(this::map)
        .list().stream().findFirst();
  }

  public void setManager(String caseNumber, String userId) {
    jdbc.sql("update cluster_registry set manager_user_id = ? where case_number = ?").params(userId, caseNumber).update();
  }

  public void end(String caseNumber, LocalDate date, String reason, String decidedBy, Instant recordedAt) {
    setStatus(caseNumber, ClusterStatus.ENDED);
    recordEvent(caseNumber, date, "ENDED", reason, decidedBy, recordedAt);
  }

  public void setStatus(String caseNumber, ClusterStatus status) {
    jdbc.sql("update cluster_registry set status = ? where case_number = ?").params(status.name(), caseNumber).update();
  }

  public void extendTo(String caseNumber, LocalDate periodEnd) {
    jdbc.sql("update cluster_registry set period_end = ? where case_number = ?").params(periodEnd, caseNumber).update();
  }

  public Optional<String> manager(String caseNumber) {
    return jdbc.sql("select manager_user_id from cluster_registry where case_number = ?").param(caseNumber)
        .query(String.class).optional();
  }

  public void recordEvent(String caseNumber, LocalDate date, String kind, String detail, String decidedBy,
      Instant recordedAt) {
    jdbc.sql("""
            insert into cluster_event (case_number, event_date, kind, detail, decided_by, recorded_at)
            values (?, ?, ?, ?, ?, ?)
            """)
        .params(caseNumber, date, kind, detail, decidedBy, recordedAt.atOffset(ZoneOffset.UTC))
        .update();
  }

  public List<Event> history(String caseNumber) {
    return jdbc.sql("""
            select event_date, kind, detail, decided_by from cluster_event where case_number = ? order by event_date, id
            """)
        .param(caseNumber)
        .query((rs, row) -> new Event(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3),
            rs.getString(4)))
        .list();
  }

  public List<Entry> all() {
    return jdbc.sql("""
            select case_number, cluster_name, level, yearly_funding, period_start, period_end, status
              from cluster_registry order by case_number
            """)
        .query(this::map)
        .list();
  }

  /** Of the given cases, those in the registry. */
  public Set<String> registered(Collection<String> caseNumbers) {
    if (caseNumbers.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(jdbc.sql("select case_number from cluster_registry where case_number in (:cases)")
        .param("cases", caseNumbers).query(String.class).list());
  }

  public Optional<Entry> find(String caseNumber) {
    return jdbc.sql("""
            select case_number, cluster_name, level, yearly_funding, period_start, period_end, status
              from cluster_registry where case_number = ?
            """)
        .param(caseNumber)
        .query(this::map)
        .optional();
  }

  private Entry map(ResultSet rs, int row) throws SQLException {
    return new Entry(rs.getString(1), rs.getString(2), Level.valueOf(rs.getString(3)), rs.getLong(4),
        rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), ClusterStatus.valueOf(rs.getString(7)));
  }
}
