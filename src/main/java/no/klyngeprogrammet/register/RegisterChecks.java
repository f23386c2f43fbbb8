package no.klyngeprogrammet.register;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the register said about the organisations of each case's version (register_check), and the
 * recheck of those it could not answer for: at growing intervals from {@code recheck-after}, doubled
 * at each failed attempt up to {@code recheck-at-most}, until the register answers.
 */
@Repository
public class RegisterChecks {

  private final JdbcClient jdbc;
  private final Enhetsregisteret register;
  private final RegisterProperties properties;
  private final Clock clock;

  public RegisterChecks(JdbcClient jdbc, Enhetsregisteret register, RegisterProperties properties, Clock clock) {
    this.jdbc = jdbc;
    this.register = register;
    this.properties = properties;
    this.clock = clock;
  }

  /** Keeps the answers for a version at a stage, replacing what an earlier check of that stage kept. */
  public void record(String caseNumber, int version, Stage stage, Collection<Lookup> lookups) {
    jdbc.sql("delete from register_check where case_number = ? and version = ? and stage = ?")
        .params(caseNumber, version, stage.name()).update();
    Instant now = clock.instant();
    for (Lookup lookup : lookups) {
      RegisteredUnit u = lookup.unit();
      jdbc.sql("""
              insert into register_check (case_number, version, org_number, stage, standing, name, org_form, org_form_name,
                  sector_code, sector_name, nace_code, nace_name, municipality_number, municipality, county_number, county,
                  employees, deleted_on, main_unit, checked_at, attempts, next_attempt_at)
              values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)
              """)
          .params(caseNumber, version, lookup.orgNumber(), stage.name(), lookup.standing().name(),
              u == null ? null : u.name(), u == null ? null : u.orgForm(), u == null ? null : u.orgFormName(),
              u == null ? null : u.sectorCode(), u == null ? null : u.sectorName(),
              u == null ? null : u.naceCode(), u == null ? null : u.naceName(),
              u == null ? null : u.municipalityNumber(), u == null ? null : u.municipality(),
              u == null ? null : u.countyNumber(), u == null ? null : u.county(),
              u == null ? null : u.employees(), lookup.deletedOn(), lookup.mainUnit(), utc(now),
              lookup.standing() == Standing.UNREACHABLE ? utc(now.plus(properties.recheckAfter())) : null)
          .update();
    }
  }

  /** The version's organisations at the stage, by organisation number. */
  public Map<String, RegisterCheck> of(String caseNumber, int version, Stage stage) {
    return jdbc.sql(SELECT + " where case_number = ? and version = ? and stage = ? order by org_number")
        .params(caseNumber, version, stage.name())
        .query(RegisterChecks::check)
        .list().stream()
        .collect(Collectors.toMap(RegisterCheck::orgNumber, c -> c, (a, b) -> a, LinkedHashMap::new));
  }

  /**
   * Asks the register again about every organisation the version had at submission, keeps the answers
   * for the stage, and tells what changed since submission, one line per organisation.
   */
  public List<String> checkAgain(String caseNumber, int version, Stage stage) {
    Map<String, RegisterCheck> atSubmission = of(caseNumber, version, Stage.SUBMISSION);
    if (atSubmission.isEmpty() || !register.enabled()) {
      return List.of();
    }
    Map<String, Lookup> now = register.lookUpAllAfresh(atSubmission.keySet());
    record(caseNumber, version, stage, now.values());
    return RegisterChanges.between(atSubmission, now);
  }

  /**
   * What changed between submission and the stage, as kept, for each of the given case versions that
   * was checked at that stage: one line per organisation, an empty list when nothing changed.
   */
  public Map<String, List<String>> changesSinceSubmission(Map<String, Integer> versions, Stage stage) {
    if (versions.isEmpty()) {
      return Map.of();
    }
    Map<String, Map<String, RegisterCheck>> atSubmission = new HashMap<>();
    Map<String, Map<String, Lookup>> atStage = new TreeMap<>();
    jdbc.sql(SELECT + " where stage in ('SUBMISSION', :stage) and case_number in (:cases) order by case_number, org_number")
        .param("stage", stage.name())
        .param("cases", versions.keySet())
        .query(RegisterChecks::check)
        .list().stream()
        .filter(check -> check.version() == versions.get(check.caseNumber()))
        .forEach(check -> {
          if (check.stage() == Stage.SUBMISSION) {
            atSubmission.computeIfAbsent(check.caseNumber(), c -> new LinkedHashMap<>()).put(check.orgNumber(), check);
          } else {
            atStage.computeIfAbsent(check.caseNumber(), c -> new LinkedHashMap<>()).put(check.orgNumber(), check.lookup());
          }
        });
    Map<String, List<String>> changes = new TreeMap<>();
    atStage.forEach((caseNumber, now) ->
        changes.put(caseNumber, RegisterChanges.between(atSubmission.getOrDefault(caseNumber, Map.of()), now)));
    return changes;
  }

  /** Looks every organisation of the version that was not checked up again now, whatever its next attempt. */
  public void recheck(String caseNumber, int version, Stage stage) {
    if (!register.enabled()) {
      return;
    }
    recheck(jdbc.sql(SELECT + " where case_number = ? and version = ? and stage = ? and standing = 'UNREACHABLE'")
        .params(caseNumber, version, stage.name()).query(RegisterChecks::check).list());
  }

  /** Looks up again every organisation whose next attempt is due; returns how many the register answered for. */
  public int recheckDue() {
    if (!register.enabled()) {
      return 0;
    }
    return recheck(jdbc.sql(SELECT + " where standing = 'UNREACHABLE' and next_attempt_at <= ? order by next_attempt_at")
        .param(utc(clock.instant()))
        .query(RegisterChecks::check)
        .list());
  }

  /** How many organisations wait for the register. */
  public int unchecked() {
    return jdbc.sql("select count(*) from register_check where standing = 'UNREACHABLE'").query(Integer.class).single();
  }

  private int recheck(List<RegisterCheck> due) {
    if (due.isEmpty()) {
      return 0;
    }
    Map<String, Lookup> answers = register.lookUpAll(due.stream().map(RegisterCheck::orgNumber).toList());
    Instant now = clock.instant();
    int answered = 0;
    for (RegisterCheck check : due) {
      Lookup answer = answers.get(check.orgNumber());
      if (answer.standing() == Standing.UNREACHABLE) {
        jdbc.sql("""
                update register_check set attempts = attempts + 1, next_attempt_at = ?
                 where case_number = ? and version = ? and org_number = ? and stage = ?
                """)
            .params(utc(now.plus(wait(attempts(check) + 1))), check.caseNumber(), check.version(), check.orgNumber(),
                check.stage().name())
            .update();
      } else {
        RegisteredUnit u = answer.unit();
        jdbc.sql("""
                update register_check set standing = ?, name = ?, org_form = ?, org_form_name = ?, sector_code = ?,
                    sector_name = ?, nace_code = ?, nace_name = ?, municipality_number = ?, municipality = ?,
                    county_number = ?, county = ?, employees = ?, deleted_on = ?, main_unit = ?, checked_at = ?,
                    attempts = attempts + 1, next_attempt_at = null
                 where case_number = ? and version = ? and org_number = ? and stage = ? and standing = 'UNREACHABLE'
                """)
            .params(answer.standing().name(), u == null ? null : u.name(), u == null ? null : u.orgForm(),
                u == null ? null : u.orgFormName(), u == null ? null : u.sectorCode(),
                u == null ? null : u.sectorName(), u == null ? null : u.naceCode(), u == null ? null : u.naceName(),
                u == null ? null : u.municipalityNumber(), u == null ? null : u.municipality(),
                u == null ? null : u.countyNumber(), u == null ? null : u.county(), u == null ? null : u.employees(),
                answer.deletedOn(), answer.mainUnit(), utc(now),
                check.caseNumber(), check.version(), check.orgNumber(), check.stage().name())
            .update();
        answered++;
      }
    }
    return answered;
  }

  private int attempts(RegisterCheck check) {
    return jdbc.sql("select attempts from register_check where case_number = ? and version = ? and org_number = ? and stage = ?")
        .params(check.caseNumber(), check.version(), check.orgNumber(), check.stage().name())
        .query(Integer.class).single();
  }

  /** The wait after the given number of failed rechecks: doubling from recheck-after, at most recheck-at-most. */
  Duration wait(int failedAttempts) {
    Duration wait = properties.recheckAfter();
    for (int i = 0; i < failedAttempts && wait.compareTo(properties.recheckAtMost()) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(properties.recheckAtMost()) > 0 ? properties.recheckAtMost() : wait;
  }

  private static final String SELECT = """
      select case_number, version, org_number, stage, standing, name, org_form, org_form_name, sector_code, sector_name,
             nace_code, nace_name, municipality_number, municipality, county_number, county, employees, deleted_on,
             main_unit, checked_at
        from register_check
      """;

  private static RegisterCheck check(ResultSet rs, int row) throws SQLException {
    String orgNumber = rs.getString(3);
    Integer employees = rs.getObject(17) == null ? null : rs.getInt(17);
    RegisteredUnit unit = rs.getString(6) == null ? null : new RegisteredUnit(orgNumber, rs.getString(6),
        rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12),
        rs.getString(13), rs.getString(14), rs.getString(15), rs.getString(16), employees);
    LocalDate deletedOn = rs.getObject(18, LocalDate.class);
    return new RegisterCheck(rs.getString(1), rs.getInt(2), orgNumber, Stage.valueOf(rs.getString(4)),
        Standing.valueOf(rs.getString(5)), unit, deletedOn, rs.getString(19),
        rs.getObject(20, OffsetDateTime.class).toInstant());
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
