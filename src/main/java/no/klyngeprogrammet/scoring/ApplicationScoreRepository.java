package no.klyngeprogrammet.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The final scores of each application: per criterion, and the total with its threshold result. */
@Repository
public class ApplicationScoreRepository {

  private final JdbcClient jdbc;

  public ApplicationScoreRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
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
