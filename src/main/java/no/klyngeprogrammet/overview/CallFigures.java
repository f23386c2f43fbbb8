package no.klyngeprogrammet.overview;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.klyngeprogrammet.call.Level;
import no.klyngeprogrammet.scoring.Criterion;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The overview's figures for one call, each from one query on the project's tables. */
@Repository
public class CallFigures {

  public record CallRef(long id, int year, String title, Instant deadline, Instant announcement) {}

  /** The funnel of one level, with its budget and what is recommended and admitted against it. */
  public record Funnel(Level level, long budget, int received, int formallyRejected, int underReview, int assessed,
      int recommended, long recommendedAmount, int decided, int admitted, long admittedFunding) {}

  public record ReviewerProgress(String reviewerId, int assigned, int done, int open, int overdue, int conflicts) {}

  public record Waiting(String caseNumber, String clusterName, Instant since, int openReviews) {}

  /** One application's final scores and total, for the distributions. */
  public record Scored(String caseNumber, Level level, Map<Criterion, BigDecimal> scores, BigDecimal total,
      boolean passes) {}

  /** How many organisations and applications of the call share a county or an industry. */
  public record MemberGroup(String code, String name, int organisations, int applications) {}

  private record ScoreRow(String caseNumber, Level level, BigDecimal total, boolean passes, Criterion criterion,
      BigDecimal score) {}

  private final JdbcClient jdbc;

  public CallFigures(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<CallRef> latestCall() {
    return jdbc.sql("select id, call_year, title, deadline, announcement_at from cluster_call order by call_year desc, id desc")
        .query((rs, row) -> new CallRef(rs.getLong(1), rs.getInt(2), rs.getString(3),
            rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant()))
        .list().stream().findFirst();
  }

  /** The year's call; a year with a special call as well shows the latest. */
  public Optional<CallRef> call(int year) {
    return jdbc.sql("select id, call_year, title, deadline, announcement_at from cluster_call where call_year = ? order by id desc")
        .param(year)
        .query((rs, row) -> new CallRef(rs.getLong(1), rs.getInt(2), rs.getString(3),
            rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant()))
        .list().stream().findFirst();
  }

  public List<Funnel> funnel(long callId) {
    Map<Level, Funnel> byLevel = new EnumMap<>(Level.class);
    Map<Level, Long> budgets = new EnumMap<>(Level.class);
    jdbc.sql("select level, amount from call_budget where call_id = ?").param(callId)
        .query((rs, row) -> budgets.put(Level.valueOf(rs.getString(1)), rs.getLong(2))).list();
    jdbc.sql("""
            select v.level,
                   count(*),
                   sum(case when f.eligible = false then 1 else 0 end),
                   sum(case when r.case_number is not null then 1 else 0 end),
                   sum(case when rec.funded then 1 else 0 end),
                   sum(case when rec.funded then rec.requested_amount else 0 end),
                   sum(case when d.case_number is not null then 1 else 0 end),
                   sum(case when d.outcome = 'ADMITTED' then 1 else 0 end),
                   sum(case when d.outcome = 'ADMITTED' then d.yearly_funding else 0 end)
              from application_case c
              join application_version v on v.case_number = c.case_number and v.version = c.current_version
              left join formal_check f on f.case_number = c.case_number and f.version = c.current_version
              left join application_result r on r.case_number = c.case_number and r.version = c.current_version
              left join recommendation rec on rec.call_id = c.call_id and rec.case_number = c.case_number
              left join decision d on d.case_number = c.case_number
             where c.call_id = ?
             group by v.level
            """)
        .param(callId)
        .query((rs, row) -> {
          Level level = Level.valueOf(rs.getString(1));
          int received = rs.getInt(2);
          int rejected = rs.getInt(3);
          int assessed = rs.getInt(4);
          return byLevel.put(level, new Funnel(level, budgets.getOrDefault(level, 0L), received, rejected,
              received - rejected - assessed, assessed, rs.getInt(5), rs.getLong(6), rs.getInt(7), rs.getInt(8),
              rs.getLong(9)));
        })
        .list();
    List<Funnel> funnel = new ArrayList<>();
    for (Level level : Level.values()) {
      funnel.add(byLevel.getOrDefault(level, new Funnel(level, budgets.getOrDefault(level, 0L), 0, 0, 0, 0, 0, 0, 0, 0, 0)));
    }
    return funnel;
  }

  public List<ReviewerProgress> progress(long callId, Instant now) {
    return jdbc.sql("""
            select a.reviewer_id,
                   sum(case when a.status in ('ASSIGNED', 'COMPLETED') then 1 else 0 end),
                   sum(case when a.status = 'COMPLETED' then 1 else 0 end),
                   sum(case when a.status = 'ASSIGNED' then 1 else 0 end),
                   sum(case when a.status = 'ASSIGNED' and a.due_at < ? then 1 else 0 end),
                   sum(case when a.status = 'CONFLICT' then 1 else 0 end)
              from review_assignment a join application_case c on c.case_number = a.case_number
             where c.call_id = ?
             group by a.reviewer_id
             order by a.reviewer_id
            """)
        .params(now.atOffset(ZoneOffset.UTC), callId)
        .query((rs, row) -> new ReviewerProgress(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
            rs.getInt(6)))
        .list();
  }

  /** The applications whose oldest open review has waited longest. */
  public List<Waiting> waitingLongest(long callId, int limit) {
    return jdbc.sql("""
            select a.case_number, v.cluster_name, min(a.assigned_at), count(*)
              from review_assignment a
              join application_case c on c.case_number = a.case_number
              join application_version v on v.case_number = a.case_number and v.version = a.version
             where c.call_id = ? and a.status = 'ASSIGNED'
             group by a.case_number, v.cluster_name
             order by min(a.assigned_at), a.case_number
            """)
        .param(callId)
        .query((rs, row) -> new Waiting(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getInt(4)))
        .list().stream().limit(limit).toList();
  }

  public List<Scored> scored(long callId) {
    Map<String, Scored> byCase = new java.util.LinkedHashMap<>();
    jdbc.sql("""
            select r.case_number, v.level, r.total, r.passes_thresholds, s.criterion, s.final_score
              from application_result r
              join application_case c on c.case_number = r.case_number and c.current_version = r.version
              join application_version v on v.case_number = r.case_number and v.version = r.version
              join application_score s on s.case_number = r.case_number and s.version = r.version
             where c.call_id = ?
             order by r.case_number
            """)
        .param(callId)
        .query((rs, row) -> new ScoreRow(rs.getString(1), Level.valueOf(rs.getString(2)), rs.getBigDecimal(3),
            rs.getBoolean(4), Criterion.valueOf(rs.getString(5)), rs.getBigDecimal(6)))
        .list()
        .forEach(r -> byCase.computeIfAbsent(r.caseNumber(), c -> new Scored(c, r.level(), new EnumMap<>(Criterion.class),
            r.total(), r.passes())).scores().put(r.criterion(), r.score()));
    return List.copyOf(byCase.values());
  }

  /** The call's member organisations grouped by the register's county and by its industry. */
  public record MemberGroups(List<MemberGroup> byCounty, List<MemberGroup> byIndustry) {}

  /**
   * The organisations of each case's latest version by the county and the industry code (NACE,
   * SN2007) Enhetsregisteret gave at submission; those it could not answer for are counted by
   * {@link #unchecked} instead. Both groupings come from one read of the call's rows, counted by
   * {@link MemberCounts}: two grouped queries with their distinct counts took four times as long at
   * 2,000 applications.
   */
  public MemberGroups memberGroups(long callId) {
    MemberCounts counts = new MemberCounts();
    jdbc.sql("""
            select k.org_number, k.case_number, k.county_number, k.county, k.nace_code, k.nace_name
              from register_check k
              join application_case c on c.case_number = k.case_number and c.current_version = k.version
             where c.call_id = ? and k.stage = 'SUBMISSION' and k.standing <> 'UNREACHABLE'
            """)
        .param(callId)
        .query((RowCallbackHandler) rs -> counts.add(rs.getString(1), rs.getString(2), rs.getString(3),
            () -> rs.getString(4), rs.getString(5), () -> rs.getString(6)));
    return new MemberGroups(counts.byCounty(), counts.byIndustry());
  }

  /** The organisations of the call's latest versions still <i>ikke kontrollert</i> in Enhetsregisteret. */
  public int unchecked(long callId) {
    return jdbc.sql("""
            select count(distinct k.org_number)
              from register_check k
              join application_case c on c.case_number = k.case_number and c.current_version = k.version
             where c.call_id = ? and k.stage = 'SUBMISSION' and k.standing = 'UNREACHABLE'
            """)
        .param(callId).query(Integer.class).single();
  }

  /** Every completed review's total, for the calibration. */
  public List<Calibration.Review> reviews(long callId) {
    return jdbc.sql("""
            select a.case_number, a.reviewer_id, a.total
              from review_assignment a
              join application_case c on c.case_number = a.case_number and c.current_version = a.version
             where c.call_id = ? and a.status = 'COMPLETED'
            """)
        .param(callId)
        .query((rs, row) -> new Calibration.Review(rs.getString(1), rs.getString(2), rs.getDouble(3)))
        .list();
  }
}
