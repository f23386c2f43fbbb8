package no.klyngeprogrammet.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.klyngeprogrammet.scoring.Criterion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Assignments, declared ties and the scores of each review. */
@Repository
public class ReviewRepository {

  private final JdbcClient jdbc;

  public ReviewRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record Assignment(long id, String caseNumber, int version, String reviewerId, Instant dueAt, String status) {}

  public record StoredScore(String reviewerId, Criterion criterion, BigDecimal score, String justification) {}

  public long assign(String caseNumber, int version, String reviewerId, Instant assignedAt, Instant dueAt) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into review_assignment (case_number, version, reviewer_id, assigned_at, due_at, status)
            values (?, ?, ?, ?, ?, 'ASSIGNED')
            """)
        .params(caseNumber, version, reviewerId, utc(assignedAt), utc(dueAt))
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  public Assignment get(long id) {
    return jdbc.sql("select id, case_number, version, reviewer_id, due_at, status from review_assignment where id = ?")
        .param(id)
        .query((rs, row) -> new Assignment(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4),
            rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getString(6)))
        .single();
  }

  /** Ends an open assignment; an assignment that has already ended is left as it is. */
  public void end(long id, String status, String conflictExplanation, Instant at) {
    jdbc.sql("""
            update review_assignment set status = ?, conflict_explanation = ?, ended_at = ?
             where id = ? and status = 'ASSIGNED'
            """)
        .params(status, conflictExplanation, utc(at), id)
        .update();
  }

  /**
   * Open assignments whose review is due by the given time and that have no follow-up yet, the
   * earliest first.
   */
  public List<Assignment> withoutFollowUpDueBy(Instant dueBy) {
    return jdbc.sql("""
            select id, case_number, version, reviewer_id, due_at, status from review_assignment
             where status = 'ASSIGNED' and follow_up_started_at is null and due_at <= ?
             order by due_at, id
            """)
        .param(utc(dueBy))
        .query((rs, row) -> new Assignment(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4),
            rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getString(6)))
        .list();
  }

  /**
   * Marks an open assignment as followed up. The row lock orders this against the review being
   * recorded: of the two, the one that comes second sees what the first did.
   *
   * @return false when the assignment has ended or was followed up already
   */
  public boolean startFollowUp(long id, Instant at) {
    return jdbc.sql("""
            update review_assignment set follow_up_started_at = ?
             where id = ? and status = 'ASSIGNED' and follow_up_started_at is null
            """)
        .params(utc(at), id)
        .update() == 1;
  }

  public boolean followedUp(long id) {
    return jdbc.sql("select count(*) from review_assignment where id = ? and follow_up_started_at is not null")
        .param(id).query(Integer.class).single() > 0;
  }

  public void recordTies(String reviewerId, Collection<String> orgNumbers, String caseNumber, Instant at) {
    for (String orgNumber : orgNumbers) {
      boolean known = jdbc.sql("select count(*) from reviewer_tie where reviewer_id = ? and org_number = ?")
          .params(reviewerId, orgNumber).query(Integer.class).single() > 0;
      if (!known) {
        jdbc.sql("insert into reviewer_tie (reviewer_id, org_number, declared_at, case_number) values (?, ?, ?, ?)")
            .params(reviewerId, orgNumber, utc(at), caseNumber)
            .update();
      }
    }
  }

  /** Reviewers with a declared tie to any of the organisations. */
  public Set<String> reviewersTiedTo(Collection<String> orgNumbers) {
    if (orgNumbers.isEmpty()) {
      return Set.of();
    }
    return Set.copyOf(jdbc.sql("select distinct reviewer_id from reviewer_tie where org_number in (:orgNumbers)")
        .param("orgNumbers", orgNumbers)
        .query(String.class).list());
  }

  /** Reviewers who have ever been assigned to this application, whatever came of it. */
  public Set<String> reviewersOf(String caseNumber, int version) {
    return Set.copyOf(jdbc.sql("select distinct reviewer_id from review_assignment where case_number = ? and version = ?")
        .params(caseNumber, version).query(String.class).list());
  }

  public void recordScores(long assignmentId, Map<Criterion, BigDecimal> scores, Map<Criterion, String> justifications,
      Instant at) {
    for (Criterion criterion : Criterion.values()) {
      jdbc.sql("insert into review_score (assignment_id, criterion, score, justification) values (?, ?, ?, ?)")
          .params(assignmentId, criterion.name(), scores.get(criterion), justifications.get(criterion))
          .update();
    }
    BigDecimal total = Arrays.stream(Criterion.values()).map(scores::get).reduce(BigDecimal.ZERO, BigDecimal::add);
    jdbc.sql("update review_assignment set total = ? where id = ? and status = 'ASSIGNED'").params(total, assignmentId)
        .update();
    end(assignmentId, "COMPLETED", null, at);
  }

  public List<StoredScore> completedScores(String caseNumber, int version) {
    return jdbc.sql("""
            select a.reviewer_id, s.criterion, s.score, s.justification
              from review_score s join review_assignment a on a.id = s.assignment_id
             where a.case_number = ? and a.version = ? and a.status = 'COMPLETED'
             order by a.id, s.criterion
            """)
        .params(caseNumber, version)
        .query((rs, row) -> new StoredScore(rs.getString(1), Criterion.valueOf(rs.getString(2)), rs.getBigDecimal(3),
            rs.getString(4)))
        .list();
  }

  public Map<String, Map<Criterion, BigDecimal>> completedScoresPerReviewer(String caseNumber, int version) {
    return completedScores(caseNumber, version).stream().collect(Collectors.groupingBy(StoredScore::reviewerId,
        java.util.LinkedHashMap::new,
        Collectors.toMap(StoredScore::criterion, StoredScore::score, (a, b) -> a, () -> new EnumMap<>(Criterion.class))));
  }

  static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
