package no.klyngeprogrammet.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.klyngeprogrammet.application.ApplicationRepository;
import no.klyngeprogrammet.application.Member;
import no.klyngeprogrammet.application.Submission;
import no.klyngeprogrammet.application.SubmittedApplications;
import no.klyngeprogrammet.formal.FormallyRejected;
import no.klyngeprogrammet.identity.ProgrammeGroups;
import no.klyngeprogrammet.pool.ReviewerAllocation;
import no.klyngeprogrammet.pool.ReviewerPool;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The call-wide allocation of reviewers (see {@link ReviewerAllocation}): proposed for every
 * application of the call still waiting for its reviewers, stored in reviewer_proposal, and read by
 * each application's "Tildel fagvurderere". Applications whose reviewers are confirmed, and
 * proposals a case officer has chosen, count as load and stay as they are. An application the
 * formal check rejects after the allocation loses its proposals then, so that reading the
 * proposals and the loads, once for every application at the deadline, never has to look at the
 * formal checks (docs/benchmarks.md).
 */
@Component
public class CallAllocation {

  public record Proposal(String caseNumber, int version, List<String> reviewers, Optional<String> shortfall,
      String chosenBy) {}

  private final JdbcClient jdbc;
  private final JdbcTemplate batches;
  private final ApplicationRepository applicationRepository;
  private final SubmittedApplications applications;
  private final ReviewerPool pool;
  private final IdentityService identityService;
  private final ReviewProperties properties;

  public CallAllocation(JdbcClient jdbc, JdbcTemplate batches, ApplicationRepository applicationRepository,
      SubmittedApplications applications, ReviewerPool pool, IdentityService identityService, ReviewProperties properties) {
    this.jdbc = jdbc;
    this.batches = batches;
    this.applicationRepository = applicationRepository;
    this.applications = applications;
    this.pool = pool;
    this.identityService = identityService;
    this.properties = properties;
  }

  /**
   * The proposal for one application. The first application of a call to ask allocates every
   * waiting application of the call at once; one that comes later is allocated against the loads
   * the others already have.
   */
  public Proposal proposalFor(String caseNumber, int version) {
    Optional<Proposal> stored = stored(caseNumber, version);
    if (stored.isPresent()) {
      return stored.get();
    }
    long call = applicationRepository.currentCase(caseNumber).orElseThrow().callId();
    // At the deadline many applications reach this at once: the first allocates the call, the
    // others wait for it and then find their proposals.
    lock(call);
    stored = stored(caseNumber, version);
    if (stored.isPresent()) {
      return stored.get();
    }
    allocate(call, false);
    return stored(caseNumber, version).orElseGet(() -> {
      // Not waiting in the call's eyes (a version after the call's allocation): allocated alone.
      long callId = applicationRepository.currentCase(caseNumber).orElseThrow().callId();
      store(callId, run(callId, List.of(application(caseNumber, applications.submission(caseNumber, version),
          Set.copyOf(jdbc.sql("select distinct reviewer_id from review_assignment where case_number = ? and version = ?")
              .params(caseNumber, version).query(String.class).list())))));
      return stored(caseNumber, version).orElseThrow();
    });
  }

  /**
   * Allocates the waiting applications of a call: with {@code again}, every proposal not chosen by
   * a case officer is made anew, otherwise only applications without one get one.
   */
  public void allocate(long callId, boolean again) {
    lock(callId);
    List<Proposal> kept = proposals(callId).stream().filter(p -> !again || p.chosenBy() != null).toList();
    Set<String> keptCases = new HashSet<>(kept.stream().map(Proposal::caseNumber).toList());
    List<ReviewerAllocation.Application> waiting = waiting(callId).stream()
        .filter(a -> !keptCases.contains(a.caseNumber())).toList();
    if (waiting.isEmpty()) {
      return;
    }
    forget(waiting.stream().map(ReviewerAllocation.Application::caseNumber).toList());
    store(callId, run(callId, waiting));
  }

  /**
   * A case officer's own choice for one application: kept, and every other proposal not chosen
   * by a case officer is made anew around it.
   */
  public void choose(long callId, String caseNumber, int version, List<String> reviewers, String by) {
    lock(callId);
    forget(caseNumber);
    for (int i = 0; i < reviewers.size(); i++) {
      jdbc.sql("insert into reviewer_proposal (call_id, case_number, version, reviewer_id, position, chosen_by) values (?, ?, ?, ?, ?, ?)")
          .params(callId, caseNumber, version, reviewers.get(i), i, by).update();
    }
    allocate(callId, true);
  }

  /** The application's reviewers are confirmed: from now on its assignments are the load. */
  public void confirmed(String caseNumber) {
    forget(caseNumber);
  }

  /**
   * The formal check rejected the application: it needs no reviewers. Under the call's lock, so
   * that an allocation running meanwhile either stores its proposal before this removes it, or
   * reads the rejection and leaves it out.
   */
  @EventListener
  void on(FormallyRejected rejected) {
    lock(applicationRepository.currentCase(rejected.caseNumber()).orElseThrow().callId());
    forget(rejected.caseNumber());
  }

  /** Every stored proposal of the call, by case number. */
  public List<Proposal> proposals(long callId) {
    Map<String, List<String>> reviewers = new HashMap<>();
    Map<String, String> chosenBy = new HashMap<>();
    Map<String, Integer> versions = new HashMap<>();
    jdbc.sql("""
            select p.case_number, p.version, p.reviewer_id, p.chosen_by from reviewer_proposal p
             where p.call_id = ?
             order by p.case_number, p.position
            """)
        .param(callId).query((rs, row) -> {
          reviewers.computeIfAbsent(rs.getString(1), c -> new ArrayList<>()).add(rs.getString(3));
          versions.put(rs.getString(1), rs.getInt(2));
          if (rs.getString(4) != null) {
            chosenBy.put(rs.getString(1), rs.getString(4));
          }
          return null;
        }).list();
    Map<String, String> shortfalls = new HashMap<>();
    jdbc.sql("""
            select s.case_number, s.version, s.reason from allocation_shortfall s where s.call_id = ?
            """).param(callId)
        .query((rs, row) -> {
          shortfalls.put(rs.getString(1), rs.getString(3));
          versions.put(rs.getString(1), rs.getInt(2));
          return null;
        }).list();
    return versions.keySet().stream().sorted().map(c -> new Proposal(c, versions.get(c),
        reviewers.getOrDefault(c, List.of()), Optional.ofNullable(shortfalls.get(c)), chosenBy.get(c))).toList();
  }

  /** Each reviewer's load in the call: confirmed assignments that count (open or done) and proposals. */
  public Map<String, Integer> loads(long callId) {
    Map<String, Integer> loads = new HashMap<>();
    jdbc.sql("""
            select reviewer_id, count(*) from (
              select a.reviewer_id from review_assignment a join application_case c on c.case_number = a.case_number
               where c.call_id = ? and a.status in ('ASSIGNED', 'COMPLETED')
              union all
              select p.reviewer_id from reviewer_proposal p where p.call_id = ?) l
             group by reviewer_id
            """)
        .params(callId, callId).query((rs, row) -> loads.put(rs.getString(1), rs.getInt(2))).list();
    return loads;
  }

  /** Reviewers in the pool with their names, by id. */
  public Map<String, String> reviewerNames() {
    Map<String, String> names = new java.util.TreeMap<>();
    identityService.createUserQuery().memberOfGroup(ProgrammeGroups.REVIEWERS).list()
        .forEach(u -> names.put(u.getId(), name(u)));
    return names;
  }

  static String name(User user) {
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? user.getId() : name;
  }

  private ReviewerAllocation.Result run(long callId, List<ReviewerAllocation.Application> waiting) {
    Map<String, Integer> loads = loads(callId);
    Set<String> ids = reviewerNames().keySet();
    Map<String, Set<String>> ties = new HashMap<>(pool.affiliatedOrgNumbers());
    jdbc.sql("select reviewer_id, org_number from reviewer_tie")
        .query((rs, row) -> ties.computeIfAbsent(rs.getString(1), id -> new HashSet<>()).add(rs.getString(2))).list();
    List<ReviewerAllocation.Reviewer> reviewers = pool.profiles(ids).values().stream()
        .map(p -> new ReviewerAllocation.Reviewer(p.reviewerId(), p.levels(), p.fields(), p.capacity(),
            ties.getOrDefault(p.reviewerId(), Set.of()), loads.getOrDefault(p.reviewerId(), 0)))
        .toList();
    return ReviewerAllocation.allocate(waiting, reviewers, properties.reviewersPerApplication());
  }

  private void store(long callId, ReviewerAllocation.Result result) {
    Map<String, Integer> versions = new HashMap<>();
    jdbc.sql("select case_number, current_version from application_case where call_id = ?").param(callId)
        .query((rs, row) -> versions.put(rs.getString(1), rs.getInt(2))).list();
    // A call's allocation stores thousands of rows while every other application of the call waits
    // for its lock: as batches, not a round trip per row.
    List<Object[]> proposals = new ArrayList<>();
    result.proposed().forEach((caseNumber, reviewers) -> {
      for (int i = 0; i < reviewers.size(); i++) {
        proposals.add(new Object[] {callId, caseNumber, versions.get(caseNumber), reviewers.get(i), i});
      }
    });
    batches.batchUpdate("insert into reviewer_proposal (call_id, case_number, version, reviewer_id, position) values (?, ?, ?, ?, ?)",
        proposals);
    List<Object[]> shortfalls = new ArrayList<>();
    result.shortfalls().forEach((caseNumber, shortfall) ->
        shortfalls.add(new Object[] {callId, caseNumber, versions.get(caseNumber), shortfall.missing(), shortfall.reason()}));
    batches.batchUpdate("insert into allocation_shortfall (call_id, case_number, version, missing, reason) values (?, ?, ?, ?, ?)",
        shortfalls);
  }

  /**
   * Applications of the call that wait for reviewers: the current version, not rejected in the
   * formal check, with nobody assigned yet.
   */
  private List<ReviewerAllocation.Application> waiting(long callId) {
    Set<String> notWaiting = new HashSet<>(jdbc.sql("""
            select f.case_number from formal_check f join application_case c
                on c.case_number = f.case_number and c.current_version = f.version
             where c.call_id = ? and not f.eligible
            union
            select a.case_number from review_assignment a join application_case c
                on c.case_number = a.case_number and c.current_version = a.version
             where c.call_id = ?
            """).params(callId, callId).query(String.class).list());
    return applicationRepository.currentVersionsOfCall(callId).stream()
        .filter(v -> !notWaiting.contains(v.caseNumber()))
        .map(v -> application(v.caseNumber(), applications.read(v.snapshot()), Set.of()))
        .toList();
  }

  private ReviewerAllocation.Application application(String caseNumber, Submission submission, Set<String> assignedBefore) {
    Set<String> orgNumbers = new HashSet<>();
    orgNumbers.add(submission.applicantOrgNumber());
    submission.members().stream().map(Member::orgNumber).forEach(orgNumbers::add);
    return new ReviewerAllocation.Application(caseNumber, submission.level(), orgNumbers, submission.focusAreas(),
        assignedBefore);
  }


  private Optional<Proposal> stored(String caseNumber, int version) {
    List<String> reviewers = new ArrayList<>();
    List<String> chosenBy = new ArrayList<>();
    jdbc.sql("select reviewer_id, chosen_by from reviewer_proposal where case_number = ? and version = ? order by position")
        .params(caseNumber, version).query((rs, row) -> {
          reviewers.add(rs.getString(1));
          if (rs.getString(2) != null) {
            chosenBy.add(rs.getString(2));
          }
          return null;
        }).list();
    Optional<String> shortfall = jdbc.sql("select reason from allocation_shortfall where case_number = ? and version = ?")
        .params(caseNumber, version).query(String.class).optional();
    if (reviewers.isEmpty() && shortfall.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Proposal(caseNumber, version, reviewers, shortfall,
        chosenBy.stream().max(String::compareTo).orElse(null)));
  }

  /** One allocation of a call at a time, until the transaction ends. */
  private void lock(long callId) {
    jdbc.sql("select id from cluster_call where id = ? for update").param(callId).query(Long.class).single();
  }

  private void forget(String caseNumber) {
    forget(List.of(caseNumber));
  }

  private void forget(List<String> caseNumbers) {
    List<Object[]> rows = caseNumbers.stream().map(c -> new Object[] {c}).toList();
    batches.batchUpdate("delete from reviewer_proposal where case_number = ?", rows);
    batches.batchUpdate("delete from allocation_shortfall where case_number = ?", rows);
  }
}
