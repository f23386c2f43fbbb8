package no.klyngeprogrammet.formal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class FormalCheckRepository {

  private final JdbcClient jdbc;

  public FormalCheckRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<String> deficiencies(String caseNumber, int version) {
    String text = jdbc.sql("select deficiencies from formal_check where case_number = ? and version = ?")
        .params(caseNumber, version).query(String.class).single();
    return text.isEmpty() ? List.of() : List.of(text.split("\n"));
  }

  /** Of the given cases (case number to version), those whose version was found formally eligible. */
  public Set<String> formallyEligible(Map<String, Integer> versions) {
    if (versions.isEmpty()) {
      return Set.of();
    }
    return jdbc.sql("select case_number, version from formal_check where eligible = true and case_number in (:cases)")
        .param("cases", versions.keySet())
        .query((rs, row) -> Map.entry(rs.getString(1), rs.getInt(2)))
        .list().stream()
        .filter(check -> check.getValue().equals(versions.get(check.getKey())))
        .map(Map.Entry::getKey)
        .collect(Collectors.toSet());
  }

  public java.util.Optional<String> decidedBy(String caseNumber) {
    return jdbc.sql("select decided_by from formal_check where case_number = ? and decided_by is not null "
            + "order by version desc").param(caseNumber).query(String.class).list().stream().findFirst();
  }

  public void record(String caseNumber, int version, Instant checkedAt, List<String> deficiencies, boolean overruled,
      String justification, String decidedBy, boolean eligible) {
    jdbc.sql("""
            insert into formal_check (case_number, version, checked_at, deficiencies, overruled, justification,
                                      decided_by, eligible)
            values (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(caseNumber, version, checkedAt.atOffset(ZoneOffset.UTC), String.join("\n", deficiencies), overruled,
            justification, decidedBy, eligible)
        .update();
  }
}
