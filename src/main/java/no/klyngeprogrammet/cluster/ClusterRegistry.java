package no.klyngeprogrammet.cluster;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import no.klyngeprogrammet.call.Level;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every admitted cluster: level, contract period and status. */
@Repository
public class ClusterRegistry {

  private final JdbcClient jdbc;
  private final RegistryProperties properties;

  public ClusterRegistry(JdbcClient jdbc, RegistryProperties properties) {
    this.jdbc = jdbc;
    this.properties = properties;
  }

  public record Entry(String caseNumber, String clusterName, Level level, long yearlyFunding, LocalDate periodStart,
      LocalDate periodEnd, String status) {}

  /** The contract period: from the announcement's date, for the level's number of years. */
  public Entry entryFor(String caseNumber, String clusterName, Level level, long yearlyFunding, LocalDate start) {
    return new Entry(caseNumber, clusterName, level, yearlyFunding, start,
        start.plusYears(properties.yearsFor(level)).minusDays(1), "ACTIVE");
  }

  /** Registers the cluster once; a retried job finds it there and adds nothing. */
  public void register(Entry entry, String applicantOrgNumber, Instant admittedAt) {
    if (find(entry.caseNumber()).isPresent()) {
      return;
    }
    jdbc.sql("""
            insert into cluster_registry (case_number, cluster_name, applicant_org_number, level, yearly_funding,
                                          period_start, period_end, status, admitted_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(entry.caseNumber(), entry.clusterName(), applicantOrgNumber, entry.level().name(), entry.yearlyFunding(),
            entry.periodStart(), entry.periodEnd(), entry.status(), admittedAt.atOffset(ZoneOffset.UTC))
        .update();
  }

  public void setManager(String caseNumber, String userId) {
    jdbc.sql("update cluster_registry set manager_user_id = ? where case_number = ?").params(userId, caseNumber).update();
  }

  public void end(String caseNumber) {
    jdbc.sql("update cluster_registry set status = 'ENDED' where case_number = ?").param(caseNumber).update();
  }

  public Optional<Entry> find(String caseNumber) {
    return jdbc.sql("""
            select case_number, cluster_name, level, yearly_funding, period_start, period_end, status
              from cluster_registry where case_number = ?
            """)
        .param(caseNumber)
        .query((rs, row) -> new Entry(rs.getString(1), rs.getString(2), Level.valueOf(rs.getString(3)), rs.getLong(4),
            rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getString(7)))
        .optional();
  }
}
