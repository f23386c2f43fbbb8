package no.klyngeprogrammet.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The final scores of each application: per criterion, and the total with its threshold result. */
@Repository
public class ApplicationScoreRepository {

  private final JdbcClient jdbc;

  public ApplicationScoreRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Of the given cases (case number to version), those whose version has its final scores. */
  public Set<String> scored(Map<String, Integer> versions) {
    if (versions.isEmpty()) {
      return Set.of();
    }
    return jdbc.sql("select case_number, version from application_result where case_number in (:cases)")
        .param("cases", versions.keySet())
        .query((rs, row) -> Map.entry(rs.getString(1), rs.getInt(2)))
        .list().stream()
        .filter(result -> result.getValue().equals(versions.get(result.getKey())))
        .map(Map.Entry::getKey)
        .collect(Collectors.toSet());
  }

  /** The final scores of the given cases (case number to version) that have them, in two queries. */
  public Map<String, FinalScore> finalScores(Map<String, Integer> versions) {
    if (versions.isEmpty()) {
      return Map.of();
    }
    record Row(String caseNumber, int version, Criterion criterion, BigDecimal score) {}
    Map<String, Map<Criterion, BigDecimal>> perCriterion = new HashMap<>();
    for (Row row : jdbc.sql("""
            select case_number, version, criterion, final_score from application_score where case_number in (:cases)
            """)
        .param("cases", versions.keySet())
        .query((rs, n) -> new Row(rs.getString(1), rs.getInt(2), Criterion.valueOf(rs.getString(3)), rs.getBigDecimal(4)))
        .list()) {
      if (versions.get(row.caseNumber()) == row.version()) {
        perCriterion.computeIfAbsent(row.caseNumber(), c -> new EnumMap<>(Criterion.class))
            .put(row.criterion(), row.score());
      }
    }
    Map<String, FinalScore> scores = new HashMap<>();
    jdbc.sql("""
            select case_number, version, total, passes_thresholds, consensus_justification
              from application_result where case_number in (:cases)
            """)
        .param("cases", versions.keySet())
        .query((rs, row) -> new FinalScore(rs.getString(1), rs.getInt(2), rs.getBigDecimal(3), rs.getBoolean(4),
            perCriterion.getOrDefault(rs.getString(1), Map.of()), rs.getString(5)))
        .list().stream()
        .filter(score -> versions.get(score.caseNumber()).equals(score.version()))
        .forEach(score -> scores.put(score.caseNumber(), score));
    return scores;
  }

  public FinalScore finalScore(String caseNumber, int version) {
    FinalScore score = finalScores(Map.of(caseNumber, version)).get(caseNumber);
    if (score == null) {
      throw new IllegalStateException("No final scores for version " + version + " of " + caseNumber);
    }
    return score;
  }

  public void record(String caseNumber, int version, Map<Criterion, BigDecimal> means, ApplicationScore result,
      Map<Criterion, BigDecimal> consensus, String consensusJustification, String consensusBy, Instant at) {
    for (Criterion criterion : Criterion.values()) {
      jdbc.sql("""
              insert into application_score (case_number, version, criterion, mean, final_score, by_consensus)
              values (?, ?, ?, ?, ?, ?)
              """)
          .params(caseNumber, version, criterion.name(), means.get(criterion), result.perCriterion().get(criterion),
              consensus.containsKey(criterion))
          .update();
    }
    jdbc.sql("""
            insert into application_result (case_number, version, total, passes_thresholds, consensus_justification,
                                            consensus_by, scored_at)
            values (?, ?, ?, ?, ?, ?, ?)
            """)
        .params(caseNumber, version, result.total(), result.passesThresholds(), consensusJustification, consensusBy,
            at.atOffset(ZoneOffset.UTC))
        .update();
  }
}
