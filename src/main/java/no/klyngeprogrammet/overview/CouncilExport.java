package no.klyngeprogrammet.overview;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.klyngeprogrammet.call.Level;
import no.klyngeprogrammet.decision.RankedCandidate;
import no.klyngeprogrammet.decision.Recommendation;
import no.klyngeprogrammet.register.RegisterChecks;
import no.klyngeprogrammet.register.Stage;
import no.klyngeprogrammet.scoring.Criterion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The council's export: the ranked recommendation per level as the ranking rule gives it, with
 * every criterion's final score, the consensus, the reviewers' justifications and the budget.
 */
@Service
public class CouncilExport {

  public record Line(int rank, String caseNumber, String clusterName, Map<Criterion, BigDecimal> scores,
      BigDecimal total, boolean passes, long requested, boolean funded, long budgetLeft, String consensus,
      String justifications, String registerChanges) {}

  public record LevelSection(Level level, long budget, List<Line> lines) {}

  static final List<String> HEADINGS = headings();

  static final String NOT_CHECKED_AGAIN = "Ikke kontrollert på nytt";
  static final String NO_REGISTER_CHANGES = "Ingen";

  private final Recommendation recommendation;
  private final RegisterChecks registerChecks;
  private final JdbcClient jdbc;

  public CouncilExport(Recommendation recommendation, RegisterChecks registerChecks, JdbcClient jdbc) {
    this.recommendation = recommendation;
    this.registerChecks = registerChecks;
    this.jdbc = jdbc;
  }

  public List<LevelSection> sections(long callId) {
    Map<String, String> names = new HashMap<>();
    Map<String, Integer> versions = new HashMap<>();
    Map<String, String> consensus = new HashMap<>();
    Map<String, StringBuilder> justifications = new LinkedHashMap<>();
    Map<Level, Long> budgets = new EnumMap<>(Level.class);
    jdbc.sql("select level, amount from call_budget where call_id = ?").param(callId)
        .query((rs, row) -> budgets.put(Level.valueOf(rs.getString(1)), rs.getLong(2))).list();
    jdbc.sql("""
            select c.case_number, v.cluster_name, r.consensus_justification, c.current_version,
                   (select count(*) from application_score s where s.case_number = r.case_number and s.version = r.version
                       and s.by_consensus)
              from application_case c
              join application_version v on v.case_number = c.case_number and v.version = c.current_version
              left join application_result r on r.case_number = c.case_number and r.version = c.current_version
             where c.call_id = ?
            """)
        .param(callId)
        .query((rs, row) -> {
          names.put(rs.getString(1), rs.getString(2));
          versions.put(rs.getString(1), rs.getInt(4));
          if (rs.getInt(5) > 0) {
            consensus.put(rs.getString(1), "Konsensus på " + rs.getInt(5) + " kriterier: " + rs.getString(3));
          }
          return null;
        }).list();
    jdbc.sql("""
            select a.case_number, a.reviewer_id, s.criterion, s.score, s.justification
              from review_assignment a
              join application_case c on c.case_number = a.case_number and c.current_version = a.version
              join review_score s on s.assignment_id = a.id
             where c.call_id = ? and a.status = 'COMPLETED'
             order by a.case_number, a.reviewer_id, s.criterion
            """)
        .param(callId)
        .query((rs, row) -> {
          Criterion criterion = Criterion.valueOf(rs.getString(3));
          StringBuilder text = justifications.computeIfAbsent(rs.getString(1), c -> new StringBuilder());
          if (!text.isEmpty()) {
            text.append('\n');
          }
          return text.append(rs.getString(2)).append(", kriterium ").append(criterion.number()).append(" (")
              .append(CallOverview.decimal(rs.getBigDecimal(4).doubleValue())).append("): ").append(rs.getString(5));
        }).list();
    Map<String, List<String>> registerChanges = registerChecks.changesSinceSubmission(versions, Stage.DECISION);
    List<LevelSection> sections = new ArrayList<>();
    recommendation.rank(callId).forEach((level, ranked) -> {
      List<Line> lines = new ArrayList<>();
      for (RankedCandidate r : ranked) {
        var c = r.candidate();
        lines.add(new Line(r.rank(), c.caseNumber(), names.getOrDefault(c.caseNumber(), ""), c.scores(), c.total(),
            c.passesThresholds(), c.requestedAmount(), r.funded(), r.budgetLeft(),
            consensus.getOrDefault(c.caseNumber(), "Ingen"),
            justifications.getOrDefault(c.caseNumber(), new StringBuilder()).toString(),
            registerChanges(r, registerChanges.get(c.caseNumber()))));
      }
      sections.add(new LevelSection(level, budgets.getOrDefault(level, 0L), lines));
    });
    return sections;
  }

  /** Only the applications to be funded are checked again before the decision (see RegisterRecheckBeforeDecision). */
  private static String registerChanges(RankedCandidate ranked, List<String> changes) {
    if (changes == null) {
      return ranked.funded() ? NOT_CHECKED_AGAIN : "";
    }
    return changes.isEmpty() ? NO_REGISTER_CHANGES : String.join("\n", changes);
  }

  private static List<String> headings() {
    List<String> headings = new ArrayList<>(List.of("Nivå", "Rangering", "Saksnummer", "Klynge"));
    for (Criterion criterion : Criterion.values()) {
      headings.add(criterion.number() + ". " + criterion.displayName());
    }
    headings.addAll(List.of("Sum poeng", "Over alle terskler", "Omsøkt beløp (kr per år)", "Innstilt",
        "Gjenstående budsjett (kr)", "Konsensus", "Fagvurderernes begrunnelser",
        "Endringer i Enhetsregisteret siden innsending"));
    return List.copyOf(headings);
  }
}
