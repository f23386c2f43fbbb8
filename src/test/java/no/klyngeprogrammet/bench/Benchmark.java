package no.klyngeprogrammet.bench;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.math.BigDecimal;
import java.math.MathContext;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.klyngeprogrammet.KlyngeprogrammetApplication;
import no.klyngeprogrammet.application.SubmittedApplications;
import no.klyngeprogrammet.register.RegisterChecks;
import no.klyngeprogrammet.review.ReviewProperties;
import no.klyngeprogrammet.support.EngineClockConfiguration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The benchmark command ({@code mvn -Pbench verify}): the whole application on PostgreSQL with its
 * job executor running, the scenarios of issue 7, and the figures as JSON and Markdown under
 * {@code target/bench/} with a summary on standard output. Sizes are system properties; see
 * {@link BenchSettings}.
 */
public final class Benchmark {

  private Benchmark() {}

  public static void main(String[] args) throws Exception {
    ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("io.zonky")).setLevel(ch.qos.logback.classic.Level.WARN);
    BenchSettings settings = BenchSettings.fromSystemProperties();
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("startedAt", Instant.now().toString());
    report.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(),
        "maxHeapMegabytes", Runtime.getRuntime().maxMemory() / 1024 / 1024,
        "java", System.getProperty("java.version")));
    report.put("settings", settings.describe());
    long runStart = System.nanoTime();

    try (BenchDatabase database = BenchDatabase.start(settings); HeapSampler heap = new HeapSampler()) {
      report.put("database", database.serverSettings());
      if (settings.runs("database")) {
        System.out.println("Database ceiling …");
        report.put("databaseCeiling", new DatabaseCeiling(database).run(settings.databaseInserts(), settings.clients()));
      }
      GreenMail mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
          .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
      mail.start();
      List<ConfigurableApplicationContext> nodes = new ArrayList<>();
      try {
        for (int node = 1; node <= settings.nodes(); node++) {
          nodes.add(start(database, mail, node));
        }
        report.put("configuration", configuration(nodes.get(0).getEnvironment()));
        run(settings, nodes, database, mail, heap, report);
      } finally {
        nodes.forEach(ConfigurableApplicationContext::close);
        mail.stop();
        ClockUtil.reset();
      }
    }
    report.put("totalSeconds", DatabaseCeiling.round((System.nanoTime() - runStart) / 1e9));
    BenchReport.write(settings.output(), report);
  }

  /**
   * Runs the scenarios. With several nodes, the rush's clients are spread over them and every node's
   * job executor takes jobs; the year's tasks are worked through the first node's engine.
   */
  /** The warm-up's forms are numbered from here: organisations of their own, apart from the measured rush's. */
  private static final int WARMUP_FORMS = 100_000;

  private static void run(BenchSettings settings, List<ConfigurableApplicationContext> nodes, BenchDatabase database,
      GreenMail mail, HeapSampler heap, Map<String, Object> report) throws Exception {
    ConfigurableApplicationContext context = nodes.get(0);
    ProcessEngine engine = context.getBean(ProcessEngine.class);
    JdbcClient jdbc = context.getBean(JdbcClient.class);
    List<Integer> ports = nodes.stream().map(node -> ((WebServerApplicationContext) node).getWebServer().getPort()).toList();
    int port = ports.get(0);
    EngineDriver driver = new EngineDriver(engine, settings.workers());
    Population people = new Population(engine.getIdentityService(), settings.reviewers(), settings.clients());

    if (settings.runs("engine")) {
      System.out.println("Bare engine ceiling …");
      EngineCeiling ceiling = new EngineCeiling(engine, jdbc);
      if (settings.warmupSubmissions() > 0) {
        // Warmed as the rush is, so that a warm rush is compared with a warm engine.
        ceiling.run(settings.warmupSubmissions(), settings.clients(), database);
        ceiling.removeInstances();
      }
      report.put("engineCeiling", ceiling.run(settings.applications(), settings.clients(), database));
      ceiling.removeInstances();
      report.put("engineCeilingWithFormVariables",
          ceiling.runWithFormVariables(settings.applications(), settings.clients(), database, Population::form));
      ceiling.removeInstances();
    }
    if (settings.runs("allocation")) {
      System.out.println("Call-wide allocation of reviewers …");
      report.put("allocation", CallOfficeFigures.allocation(500, 60, 50));
    }
    if (!settings.runs("rush") && !settings.runs("year") && !settings.runs("tasklist")) {
      return;
    }

    System.out.println("A whole year, beginning with the deadline rush …");
    heap.peakMegabytesAndReset();
    WholeYear year = new WholeYear(engine, jdbc, driver, database, mail);
    year.openCall();
    RushClient client = RushClient.forServers(ports, people::applicantAccount);
    Map<String, Object> rush = new LinkedHashMap<>();
    rush.put("path", client.path());
    long warmedUp = 0;
    if (settings.warmupSubmissions() > 0) {
      // A rush on an application that has run for a while: the same path, other organisations, before.
      driver.moveClockTo(year.at(year.year, "09-15T09:00"));
      RushClient.Rush warmup = call(() -> client.run(settings.warmupSubmissions(), settings.clients(),
          n -> Population.form(WARMUP_FORMS + n)));
      year.awaitDeferredStarts();
      driver.awaitJobExecutor();
      warmedUp = warmup.accepted();
      rush.put("warmup", Map.of("submissions", settings.warmupSubmissions(), "accepted", warmup.accepted(),
          "submissionsPerSecond", DatabaseCeiling.round(warmup.accepted() / warmup.seconds()),
          "latency", warmup.latencies().summary()));
    }
    final long acceptedBefore = warmedUp;
    year.phase("deadline rush", () -> {
      driver.moveClockTo(year.at(year.year, "09-15T10:00"));
      BenchDatabase.Activity before = database.activity();
      RushClient.Rush submitted = call(() -> client.run(settings.applications(), settings.clients(), Population::form));
      BenchDatabase.Activity afterSubmissions = database.activity();
      // Submissions taken in while the intake was busy start their processes after the answers.
      long deferred = year.count("select count(*) from application_start");
      long catchUpStart = System.nanoTime();
      year.awaitDeferredStarts();
      rush.put("deferredStarts", deferred);
      rush.put("deferredStartsCaughtUpSeconds", DatabaseCeiling.round((System.nanoTime() - catchUpStart) / 1e9));
      driver.awaitJobExecutor();
      BenchDatabase.Activity afterReceipts = database.activity();
      rush.put("submissions", settings.applications());
      rush.put("clients", settings.clients());
      rush.put("seconds", DatabaseCeiling.round(submitted.seconds()));
      rush.put("submissionsPerSecond", DatabaseCeiling.round(submitted.accepted() / submitted.seconds()));
      rush.put("latency", submitted.latencies().summary());
      rush.put("slowestTwenty", submitted.slowest(20));
      rush.put("statuses", submitted.statusCounts());
      rush.put("errors", settings.applications() - submitted.accepted());
      submitted.outcomes().values().stream().filter(o -> !o.accepted()).limit(3)
          .forEach(o -> rush.put("exampleError" + o.status(), o.body()));
      rush.put("commitsPerSubmission", DatabaseCeiling.round((double) (afterSubmissions.commits() - before.commits()) / submitted.accepted()));
      rush.put("commitsPerSubmissionWithReceipt", DatabaseCeiling.round((double) (afterReceipts.commits() - before.commits()) / submitted.accepted()));
      // Rows say what a submission costs the database whatever this machine's speed at the hour.
      rush.put("rowsInsertedPerSubmission", DatabaseCeiling.round((double) (afterSubmissions.rowsInserted() - before.rowsInserted()) / submitted.accepted()));
      rush.put("rowsInsertedPerSubmissionWithReceipt", DatabaseCeiling.round((double) (afterReceipts.rowsInserted() - before.rowsInserted()) / submitted.accepted()));
      rush.put("afterwards", year.intakeCounts(submitted, acceptedBefore));
      return Map.of("accepted", submitted.accepted());
    });
    year.phase("deadline", () -> {
      driver.moveClockTo(year.at(year.year, "09-15T12:00"));
      RushClient.Rush late = call(() -> client.run(settings.lateSubmissions(), Math.min(settings.clients(), settings.lateSubmissions()),
          n -> Population.form(settings.applications() + n)));
      rush.put("lateSubmissions", settings.lateSubmissions());
      rush.put("lateAccepted", late.accepted());
      rush.put("lateStatuses", late.statusCounts());
      driver.awaitJobExecutor();
      rush.put("casesAfterDeadline", year.count("select count(*) from application_case"));
      return Map.of("lateAccepted", late.accepted());
    });
    report.put("rush", rush);
    report.put("ratios", ratios(report));

    if (settings.runs("year") || settings.runs("tasklist")) {
      year.phase("assignment", () -> {
        driver.moveClockTo(year.at(year.year, "09-16T09:00"));
        return year.assignReviewers(people.reviewers(), context.getBean(ReviewProperties.class).reviewersPerApplication());
      });
      year.phase("reviews", () -> {
        driver.moveClockTo(year.at(year.year, "09-20T09:00"));
        return year.review();
      });
      year.phase("consensus", year::consensus);
      year.phase("recommendation and decision", year::recommendAndDecide);
      year.phase("announcement and letters", year::announce);
      Map<String, Object> whole = new LinkedHashMap<>();
      whole.put("year", year.year);
      whole.put("phases", new LinkedHashMap<>(year.phases()));
      whole.put("totalSeconds", DatabaseCeiling.round(year.phases().values().stream()
          .mapToDouble(p -> ((Number) ((Map<?, ?>) p).get("seconds")).doubleValue()).sum()));
      whole.put("jobsExecuted", year.phases().values().stream()
          .mapToLong(p -> ((Number) ((Map<?, ?>) p).get("jobsExecuted")).longValue()).sum());
      whole.put("footprint", year.footprint());
      whole.put("projectTableScans", year.projectTableScans());
      whole.put("peakHeapMegabytes", heap.peakMegabytesAndReset());
      report.put("wholeYear", whole);
      if (settings.runs("overview")) {
        System.out.println("The call overview …");
        int organisations = CallOfficeFigures.registerAnswers(jdbc, context.getBean(SubmittedApplications.class),
            context.getBean(RegisterChecks.class));
        // In production the register's answers arrive over the weeks of the intake, and autovacuum has
        // analyzed them long before anyone opens the overview; here they were written a moment ago,
        // and whether autovacuum had come round yet made the page's figures differ by half between runs.
        database.analyze();
        Map<String, Object> overview = new LinkedHashMap<>(CallOfficeFigures.overview(port, year.year, Population.RECOMMENDER,
            Population.PASSWORD, 50));
        overview.put("applications", year.count("select count(*) from application_case"));
        overview.put("organisationsWithRegisterAnswers", organisations);
        report.put("overview", overview);
      }
    }
    if (settings.runs("tasklist")) {
      System.out.println("Tasklist under load …");
      Map<String, Object> tasklist = new LinkedHashMap<>(new TasklistUnderLoad(engine, driver, year, port, settings.tasklistRepeats(), people.reviewers())
          .run(settings.tasklistOpenTasks(), settings.tasklistReviewersPerApplication(), 20_000));
      Map<String, Object> phases = new LinkedHashMap<>();
      year.phases().forEach((name, phase) -> {
        if (name.startsWith("next year")) {
          phases.put(name, phase);
        }
      });
      tasklist.put("phases", phases);
      tasklist.put("peakHeapMegabytes", heap.peakMegabytesAndReset());
      tasklist.put("databaseMegabytes", DatabaseCeiling.round(database.sizeBytes() / 1024.0 / 1024.0));
      report.put("tasklist", tasklist);
    }
  }

  /** The system's throughput against the bare engine and the database. */
  private static Map<String, Object> ratios(Map<String, Object> report) {
    Map<String, Object> ratios = new LinkedHashMap<>();
    @SuppressWarnings("unchecked") Map<String, Object> rush = (Map<String, Object>) report.get("rush");
    double system = ((Number) rush.get("submissionsPerSecond")).doubleValue();
    if (report.get("engineCeiling") instanceof Map<?, ?> engine) {
      double bare = ((Number) engine.get("startsPerSecond")).doubleValue();
      ratios.put("systemToBareEngine", ratio(system / bare));
    }
    if (report.get("engineCeilingWithFormVariables") instanceof Map<?, ?> withForm) {
      double engineAlone = ((Number) withForm.get("startsPerSecond")).doubleValue();
      ratios.put("systemToEngineWithFormVariables", ratio(system / engineAlone));
      if (report.get("engineCeiling") instanceof Map<?, ?> engine) {
        ratios.put("engineWithFormVariablesToBareEngine",
            ratio(engineAlone / ((Number) engine.get("startsPerSecond")).doubleValue()));
      }
    }
    if (report.get("databaseCeiling") instanceof Map<?, ?> db) {
      double commitRate = ((Number) db.get("commitsPerSecond")).doubleValue();
      double commitsPerSubmission = ((Number) rush.get("commitsPerSubmission")).doubleValue();
      double ceiling = commitRate / commitsPerSubmission;
      ratios.put("databaseCeilingSubmissionsPerSecond", DatabaseCeiling.round(ceiling));
      ratios.put("systemToDatabaseCeiling", ratio(system / ceiling));
    }
    return ratios;
  }

  /** Three significant digits: the share of the database ceiling is far below one percent. */
  private static double ratio(double value) {
    return new BigDecimal(value).round(new MathContext(3)).doubleValue();
  }

  private static ConfigurableApplicationContext start(BenchDatabase database, GreenMail mail, int node) {
    Map<String, Object> properties = new LinkedHashMap<>();
    if (node > 1) {
      // Nodes in one JVM share the engines' JVM-wide registry, where a name may be taken once; the
      // name is not stored in the database, which is all that nodes of a cluster share.
      properties.put("camunda.bpm.process-engine-name", "node" + node);
    }
    properties.put("spring.datasource.url", database.url());
    properties.put("spring.datasource.username", database.user());
    properties.put("spring.datasource.password", database.password());
    properties.put("spring.mail.host", "127.0.0.1");
    properties.put("spring.mail.port", mail.getSmtp().getPort());
    properties.put("server.port", 0);
    properties.put("klynge.identity.admin-password", "benchmark-administrator");
    // Every rush client comes from 127.0.0.1: the public page's per-address limit would refuse all but the first few.
    properties.put("klynge.public.submissions-per-window", Integer.MAX_VALUE);
    properties.put("klynge.public.requests-per-window", Integer.MAX_VALUE);
    // The figures are the system's own, comparable with earlier runs: Enhetsregisteret is not asked.
    properties.put("klynge.enhetsregisteret.enabled", false);
    // The benchmark moves the engine's clock in jumps; an idle executor would otherwise sleep up to a minute before it looks.
    properties.put("camunda.bpm.job-execution.max-wait", 2000);
    // The first idle sleep must not exceed max-wait: with the default 5 s above it, the engine's backoff
    // strategy has no idle level at all and acquires again at once, finding nothing. That was 7,457
    // empty acquisitions in the 40 s of the assignment, on both cores the figures are about.
    properties.put("camunda.bpm.job-execution.wait-time-in-millis", 500);
    properties.put("logging.level.root", System.getProperty("logging.level.root", "WARN"));
    // The production profile, as a programme office runs it; only the addresses above are the benchmark's.
    return new SpringApplicationBuilder(KlyngeprogrammetApplication.class, EngineClockConfiguration.class, BenchConfiguration.class)
        .profiles("postgres")
        .run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
  }

  private static Map<String, Object> configuration(Environment environment) {
    Map<String, Object> configuration = new LinkedHashMap<>();
    for (String name : List.of("camunda.bpm.history-level", "camunda.bpm.job-execution.core-pool-size",
        "camunda.bpm.job-execution.max-pool-size", "camunda.bpm.job-execution.queue-capacity",
        "camunda.bpm.job-execution.max-jobs-per-acquisition", "camunda.bpm.job-execution.max-wait",
        "camunda.bpm.job-execution.wait-time-in-millis",
        "spring.datasource.hikari.maximum-pool-size", "spring.datasource.hikari.data-source-properties.options", "server.tomcat.threads.max")) {
      configuration.put(name, environment.getProperty(name, "(default)"));
    }
    return configuration;
  }

  private interface Work<T> {
    T get() throws Exception;
  }

  private static <T> T call(Work<T> work) {
    try {
      return work.get();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() throws java.io.IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
