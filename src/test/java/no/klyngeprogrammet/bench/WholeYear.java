package no.klyngeprogrammet.bench;

import com.icegreen.greenmail.util.GreenMail;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import no.klyngeprogrammet.application.ApplicationVariables;
import no.klyngeprogrammet.application.ReceiptLetter;
import no.klyngeprogrammet.call.CallVariables;
import no.klyngeprogrammet.decision.DecisionLetter;
import no.klyngeprogrammet.review.ReviewVariables;
import no.klyngeprogrammet.scoring.Criterion;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A whole year on the engine's clock: the call opens, the deadline rush, the deadline, reviewer
 * assignment, three reviews per application, consensus where reviewers disagree, the
 * recommendation, the council's decision and the announcement with its letters. Tasks are worked
 * through the Java API by parallel workers; every job is run by the application's own job
 * executor, so the figures include its configuration.
 */
final class WholeYear {

  static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  private final ProcessEngine engine;
  private final TaskService tasks;
  private final JdbcClient jdbc;
  private final EngineDriver driver;
  private final BenchDatabase database;
  private final GreenMail mail;
  private final boolean autovacuum;
  private final Map<String, Object> phases = new LinkedHashMap<>();
  int year;

  WholeYear(ProcessEngine engine, JdbcClient jdbc, EngineDriver driver, BenchDatabase database, GreenMail mail) {
    this.engine = engine;
    this.tasks = engine.getTaskService();
    this.jdbc = jdbc;
    this.driver = driver;
    this.database = database;
    this.autovacuum = database.autovacuum();
    this.mail = mail;
  }

  Instant at(int year, String monthDayTime) {
    return LocalDateTime.parse(year + "-" + monthDayTime).atZone(OSLO).toInstant();
  }

  /** Opens this year's call the way the calendar does: its yearly timer falls due and the executor runs it. */
  void openCall() {
    var opening = engine.getManagementService().createJobQuery().processDefinitionKey(CallVariables.SCHEDULE_PROCESS_KEY)
        .timers().singleResult();
    year = opening.getDuedate().toInstant().atZone(OSLO).getYear();
    phase("call opens", () -> {
      driver.moveClockTo(at(year, "06-01T08:00"));
      driver.awaitJobExecutor();
      return Map.of("openCalls", engine.getRuntimeService().createProcessInstanceQuery()
          .processDefinitionKey(CallVariables.PROCESS_KEY).count());
    });
  }

  Map<String, Object> phases() {
    return phases;
  }

  /** Runs one phase and records its wall and CPU time, the jobs the executor ran and anything that failed. */
  Map<String, Object> phase(String name, Supplier<Map<String, Object>> work) {
    // Days lie between the phases of a year, in which autovacuum analyzes the tables that grew. Without
    // it the planner keeps the statistics of an empty database, and the engine's query for an
    // execution's variables took 213 ms instead of 0.3 ms on the server (see docs/benchmarks.md).
    if (!autovacuum) {
      database.analyze();
    }
    long jobsBefore = driver.jobsExecuted();
    int retriesBefore = driver.optimisticLockRetries.get();
    int waitedBefore = driver.retriesWaitedFor.get();
    database.resetStatements();
    long start = System.nanoTime();
    CpuTime cpuBefore = CpuTime.now(database.serverProcesses());
    Map<String, Object> detail = new LinkedHashMap<>(work.get());
    double seconds = (System.nanoTime() - start) / 1e9;
    CpuTime cpuAfter = CpuTime.now(database.serverProcesses());
    detail.put("seconds", DatabaseCeiling.round(seconds));
    detail.put("cpuSecondsJvm", DatabaseCeiling.round(cpuAfter.jvmSecondsSince(cpuBefore)));
    detail.put("cpuSecondsDatabase", DatabaseCeiling.round(cpuAfter.databaseSecondsSince(cpuBefore)));
    detail.put("jobsExecuted", driver.jobsExecuted() - jobsBefore);
    detail.put("optimisticLockRetriesOfWorkers", driver.optimisticLockRetries.get() - retriesBefore);
    detail.put("jobRetriesWaitedFor", driver.retriesWaitedFor.get() - waitedBefore);
    detail.put("failedJobs", driver.failedJobs());
    detail.put("incidents", driver.incidents());
    System.out.printf("  %-32s %8.1f s  %s%n", name, seconds, detail);
    List<Map<String, Object>> statements = database.topStatements(15);
    if (!statements.isEmpty()) {
      detail.put("topStatements", statements);
      statements.forEach(s -> System.out.println("    " + s));
    }
    phases.put(name, detail);
    return detail;
  }

  /** What the intake stored, to compare with what the applicants were told. */
  /** Until the application has started every process it deferred in the rush (DeferredStartRunner). */
  void awaitDeferredStarts() {
    long giveUp = System.nanoTime() + 600_000_000_000L;
    while (count("select count(*) from application_start") > 0) {
      if (System.nanoTime() > giveUp) {
        throw new IllegalStateException("Deferred starts made no end in ten minutes");
      }
      LockSupport.parkNanos(100_000_000L);
    }
  }

  /** @param earlier the submissions accepted before this rush (a warm-up), whose cases count as well */
  Map<String, Object> intakeCounts(RushClient.Rush rush, long earlier) {
    Map<String, Object> counts = new LinkedHashMap<>();
    long cases = count("select count(*) from application_case");
    long versions = count("select count(*) from application_version");
    long instances = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(ApplicationVariables.PROCESS_KEY).count();
    long receipts = count("select count(*) from notification_log where kind = '" + ReceiptLetter.KIND + "'");
    long distinctReceipts = count("select count(distinct case_number) from notification_log where kind = '" + ReceiptLetter.KIND + "'");
    Set<String> stored = new HashSet<>(jdbc.sql("select case_number from application_case").query(String.class).list());
    Set<String> told = rush.caseNumbers();
    long lost = told.stream().filter(c -> !stored.contains(c)).count();
    long expected = earlier + rush.accepted();
    counts.put("accepted", rush.accepted());
    counts.put("acceptedBefore", earlier);
    counts.put("caseNumbersReturned", told.size());
    counts.put("cases", cases);
    counts.put("versions", versions);
    counts.put("processInstances", instances);
    counts.put("receiptsLogged", receipts);
    counts.put("receiptsDistinctCases", distinctReceipts);
    counts.put("mailsDelivered", mail.getReceivedMessages().length);
    counts.put("lost", lost);
    counts.put("doubled", Math.max(0, versions - cases) + Math.max(0, instances - cases) + Math.max(0, receipts - distinctReceipts)
        + Math.max(0, cases - expected));
    counts.put("nothingLostOrDoubled", lost == 0 && cases == expected && versions == cases && instances == cases
        && receipts == cases && distinctReceipts == cases && mail.getReceivedMessages().length == cases);
    return counts;
  }

  /**
   * Case officers take the assignment tasks and spread the applications evenly over the reviewers,
   * the given number at a time in turn. (Keeping the proposal would give most applications the
   * same reviewers: it is computed when the task is created, all at the deadline, when every load
   * is the same.)
   */
  Map<String, Object> assignReviewers(List<String> reviewers, int perApplication) {
    List<String> ids = tasks.createTaskQuery().taskDefinitionKey("Task_AssignReviewers").orderByTaskCreateTime().asc()
        .orderByTaskId().asc().list().stream().map(Task::getId).toList();
    driver.inParallel(IntStream.range(0, ids.size()).boxed().toList(), i -> {
      String id = ids.get(i);
      String officer = i % 2 == 0 ? Population.RECOMMENDER : Population.OTHER_OFFICER;
      List<String> chosen = IntStream.range(0, perApplication)
          .mapToObj(k -> reviewers.get((perApplication * i + k) % reviewers.size())).toList();
      if (tasks.createTaskQuery().taskId(id).singleResult().getAssignee() == null) {
        tasks.claim(id, officer);
      }
      tasks.complete(id, Map.of(ReviewVariables.SELECTED_REVIEWERS, chosen));
    });
    driver.awaitJobExecutor();
    return Map.of("tasksCompleted", ids.size(),
        "openImpartialityTasks", tasks.createTaskQuery().taskDefinitionKey("Task_DeclareImpartiality").count());
  }

  /**
   * Each reviewer declares impartiality and scores. Every tenth application gets a reviewer who
   * differs by three points on synergy, so it needs a consensus.
   */
  Map<String, Object> review() {
    List<String> instances = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ReviewVariables.PROCESS_KEY).active().list().stream().map(p -> p.getId()).toList();
    driver.inParallel(instances, this::reviewApplication);
    driver.awaitJobExecutor();
    return Map.of("applications", instances.size(),
        "reviewsStored", count("select count(*) from review_assignment where status = 'COMPLETED'"),
        "openConsensusTasks", tasks.createTaskQuery().taskDefinitionKey("Task_Consensus").count());
  }

  /** One application's review: the {@code ClusterReview} instance that its reviewers' tasks are in. */
  private void reviewApplication(String processInstanceId) {
    String caseNumber = (String) engine.getRuntimeService().getVariable(processInstanceId, ApplicationVariables.CASE_NUMBER);
    int n = Integer.parseInt(caseNumber.substring(caseNumber.lastIndexOf('-') + 1));
    double base = 2.5 + (n % 6) * 0.5;
    for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey("Task_DeclareImpartiality").list()) {
      tasks.complete(task.getId(), Map.of(ReviewVariables.CONFLICT_OF_INTEREST, false));
    }
    List<Task> reviews = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey("Task_ReviewApplication")
        .orderByTaskAssignee().asc().list();
    for (Task task : reviews) {
      boolean disagrees = n % 10 == 0 && task.getId().equals(reviews.get(0).getId());
      Map<String, Object> scores = new HashMap<>();
      for (Criterion criterion : Criterion.values()) {
        double score = disagrees && criterion == Criterion.SYNERGY ? Math.max(0, base - 3) : base;
        scores.put(ReviewVariables.score(criterion), score);
        scores.put(ReviewVariables.justification(criterion), "Begrunnet vurdering av " + criterion.displayName() + ".");
      }
      tasks.complete(task.getId(), scores);
    }
  }

  Map<String, Object> consensus() {
    List<String> ids = tasks.createTaskQuery().taskDefinitionKey("Task_Consensus").list().stream().map(Task::getId).toList();
    driver.inParallel(ids, id -> {
      tasks.claim(id, Population.OTHER_OFFICER);
      Map<String, Object> variables = new HashMap<>();
      for (Criterion criterion : Criterion.values()) {
        if (Boolean.TRUE.equals(tasks.getVariable(id, ReviewVariables.needsConsensus(criterion)))) {
          variables.put(ReviewVariables.consensus(criterion), 3.5);
        }
      }
      variables.put(ReviewVariables.CONSENSUS_JUSTIFICATION, "Fagvurdererne er enige etter en samtale.");
      tasks.complete(id, variables);
    });
    driver.awaitJobExecutor();
    return Map.of("tasksCompleted", ids.size());
  }

  Map<String, Object> recommendAndDecide() {
    Task recommend = tasks.createTaskQuery().taskDefinitionKey("Task_Recommend").singleResult();
    if (recommend == null) {
      throw new IllegalStateException("The call is not waiting for the recommendation: not every application was assessed");
    }
    tasks.claim(recommend.getId(), Population.RECOMMENDER);
    tasks.complete(recommend.getId(), Map.of());
    Task decide = tasks.createTaskQuery().taskDefinitionKey("Task_Decide").singleResult();
    tasks.claim(decide.getId(), Population.COUNCIL);
    tasks.complete(decide.getId(), Map.of());
    driver.awaitJobExecutor();
    return Map.of("decisions", count("select count(*) from decision"),
        "admitted", count("select count(*) from decision where outcome = 'ADMITTED'"));
  }

  Map<String, Object> announce() {
    driver.moveClockTo(at(year, "10-15T12:00"));
    driver.awaitJobExecutor();
    return Map.of(
        "decisionLetters", count("select count(*) from notification_log where kind = '" + DecisionLetter.KIND + "'"),
        "registered", count("select count(*) from cluster_registry"),
        "runningApplications", engine.getRuntimeService().createProcessInstanceQuery()
            .processDefinitionKey(ApplicationVariables.PROCESS_KEY).count(),
        "mailsDelivered", mail.getReceivedMessages().length);
  }

  /** Rows in the engine's tables and the database's size. */
  Map<String, Object> footprint() {
    Map<String, Object> footprint = new LinkedHashMap<>();
    Map<String, Long> runtime = database.rowCounts("ACT_RU_");
    Map<String, Long> history = database.rowCounts("ACT_HI_");
    footprint.put("runtimeRows", runtime.values().stream().mapToLong(Long::longValue).sum());
    footprint.put("historyRows", history.values().stream().mapToLong(Long::longValue).sum());
    footprint.put("runtimeTables", nonEmpty(runtime));
    footprint.put("historyTables", nonEmpty(history));
    footprint.put("databaseMegabytes", DatabaseCeiling.round(database.sizeBytes() / 1024.0 / 1024.0));
    return footprint;
  }

  /**
   * How the project's own tables were read during the run: sequential scans that read many rows
   * point to a query without a fitting index.
   */
  Map<String, Object> projectTableScans() {
    Map<String, Object> scans = new LinkedHashMap<>();
    jdbc.sql("select relname, seq_scan, seq_tup_read, coalesce(idx_scan, 0) from pg_stat_user_tables "
            + "where schemaname = current_schema() and relname not like 'act\\_%' and relname <> 'flyway_schema_history' "
            + "order by seq_tup_read desc")
        .query((rs, row) -> scans.put(rs.getString(1), Map.of("seqScans", rs.getLong(2), "rowsReadBySeqScans", rs.getLong(3),
            "indexScans", rs.getLong(4))))
        .list();
    return scans;
  }

  private static Map<String, Long> nonEmpty(Map<String, Long> counts) {
    Map<String, Long> result = new LinkedHashMap<>();
    counts.forEach((table, rows) -> {
      if (rows > 0) {
        result.put(table, rows);
      }
    });
    return result;
  }

  long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }
}
