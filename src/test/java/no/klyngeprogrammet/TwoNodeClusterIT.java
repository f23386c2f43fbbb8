package no.klyngeprogrammet;

import static no.klyngeprogrammet.support.TestApplications.eligibleForm;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.text.SimpleDateFormat;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.klyngeprogrammet.review.ReviewVariables;
import no.klyngeprogrammet.scoring.Criterion;
import no.klyngeprogrammet.support.FakeRegister;
import no.klyngeprogrammet.support.Http;
import no.klyngeprogrammet.support.PostgresInitializer;
import no.klyngeprogrammet.support.RestVariables;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * Two nodes of the packaged application, as operations run a cluster ({@code java -jar} with the
 * {@code postgres} profile, each with its job executor), on one PostgreSQL. They start at once; a
 * login and a public page's token from one node hold on the other; the deadline rush goes to both
 * in turn; the call is taken through review and decision; and one node is killed with SIGKILL in
 * the middle of the announcement's decision letters. Once the other node has run everything: every
 * acknowledged application exists once, every receipt went out once, every decision letter went out
 * with one Message-ID (copies only of the letters the killed node had in flight), no job is left
 * locked and there is no incident.
 *
 * <p>Each node sends its mail to a server of its own, so the test sees which node sent what.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodeClusterIT {

  private static final Path JAR = Path.of("target", "klyngeprogrammet.jar");
  private static final Path LOGS = Path.of("target", "cluster-it");
  private static final String ADMIN_PASSWORD = "Klynge-test-æøå-1";
  private static final String PASSWORD = "Node-passord-1";
  private static final String APPLICANT = "klyngesoker";
  private static final String OFFICER = "klyngesaksbehandler";
  private static final String REVIEWER = "klyngefagvurderer";
  private static final String COUNCIL = "klyngeprogramrad";
  private static final int SUBMISSIONS = 20;
  private static final int SUBMITTERS = 4;
  /** Each node's job threads: at most this many letters of the killed node are between mail server and commit. */
  private static final int JOB_THREADS = 3;
  /**
   * A job the killed node had locked waits out this lock before the other node takes it. It must be
   * longer than any job takes: a job still running when its lock ends is taken and run by the other
   * node too. On a machine shared by several builds the first jobs after start-up took over 15 s.
   */
  private static final Duration LOCK_TIME = Duration.ofSeconds(40);
  /** Node 1 is killed while the mail server receives this decision letter from it. */
  private static final int KILL_AT_DECISION_LETTER = 3;
  /** Each decision letter takes this long to deliver, so that the kill comes with letters still to send. */
  private static final Duration LETTER_DELIVERY = Duration.ofMillis(300);
  /** Two nodes starting at once on two cores shared with other builds have taken over three minutes. */
  private static final Duration START_TIMEOUT = Duration.ofSeconds(300);
  private static final Pattern CASE_NUMBER = Pattern.compile("\"businessKey\":\"(NIC-\\d{4}-\\d{4})\"");
  private static final Pattern RECEIPT_SUBJECT = Pattern.compile("^Kvittering: søknad om klyngestatus (NIC-\\d{4}-\\d{4})");
  private static final Pattern DECISION_SUBJECT = Pattern.compile("^Vedtak: søknaden om klyngestatus (NIC-\\d{4}-\\d{4})");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] ENGINE_SCHEMA = {"engine", "history", "identity", "case.engine", "case.history",
      "decision.engine", "decision.history"};

  private final Node[] nodes = new Node[2];
  private final CountDownLatch node1Killed = new CountDownLatch(1);
  private String databaseUrl;
  private SingleConnectionDataSource dataSource;
  private JdbcClient database;

  /** One application process, its port and the mail server it sends to. */
  private record Node(int number, int port, GreenMail mail, Process process, Http http) {}

  @BeforeAll
  void startTwoNodesAtOnce() throws Exception {
    assertThat(JAR).as("the packaged application, built by mvn package").exists();
    Files.createDirectories(LOGS);
    databaseUrl = PostgresInitializer.newDatabase();
    dataSource = new SingleConnectionDataSource(databaseUrl, "postgres", "", true);
    database = JdbcClient.create(dataSource);
    createTables();
    GreenMail[] mail = {mailServer(), mailServer()};
    slowDecisionLetters(mail[0], this::killNode1AtItsDecisionLetter);
    slowDecisionLetters(mail[1], count -> { });
    int[] ports = {freePort(), freePort()};
    Process[] processes = {start(1, ports[0], mail[0]), start(2, ports[1], mail[1])};
    for (int i = 0; i < 2; i++) {
      nodes[i] = new Node(i + 1, ports[i], mail[i], processes[i], new Http(ports[i]));
      awaitUp(nodes[i]);
    }
  }

  @AfterAll
  void stopEverything() {
    for (Node node : nodes) {
      if (node != null) {
        node.process().destroyForcibly();
        node.mail().stop();
      }
    }
    if (dataSource != null) {
      dataSource.destroy();
    }
  }

  @Test
  @Order(1)
  void nodesStartingAtOnceDeployEachModelOnceAndScheduleEachTimerOnce() {
    assertThat(count("select count(*) from act_re_deployment")).as("deployments").isEqualTo(1);
    assertThat(database.sql("select key_ from act_re_procdef").query(String.class).list())
        .as("one version of each process").doesNotHaveDuplicates().contains("ClusterCall", "ClusterApplication");
    assertThat(database.sql("select key_ from act_re_decision_def").query(String.class).list())
        .as("one version of each decision").doesNotHaveDuplicates().isNotEmpty();
    for (String schedule : List.of("YearlyCallSchedule", "YearlyEvaluationSchedule", "PersonalDataErasure",
        "ReviewFollowUpSchedule")) {
      assertThat(count("select count(*) from act_ru_job where process_def_key_ = '" + schedule + "'"))
          .as("timers of " + schedule).isEqualTo(1);
    }
    assertThat(count("select count(*) from act_ru_job where handler_type_ = 'history-cleanup'"))
        .as("history cleanup jobs").isEqualTo(1);
    assertThat(database.sql("select name_ from act_ru_filter").query(String.class).list())
        .as("Tasklist filters, each once").containsExactlyInAnyOrder("Saksbehandling", "Mine fagvurderinger",
            "Programrådet", "Min klynge", "Mine søknader", "Klageinstansen");
    assertThat(count("select count(*) from act_id_membership where user_id_ = 'admin'")).isEqualTo(1);
    assertThat(count("select count(*) from shared_secret")).as("one CSRF key for the cluster").isEqualTo(1);
  }

  @Test
  @Order(2)
  void aLoginOnOneNodeHoldsOnTheOther() {
    Http onNode1 = new Http(nodes[0].port());
    onNode1.get("/camunda/app/tasklist/");
    var login = onNode1.postForm("/camunda/api/admin/auth/user/default/login/tasklist",
        "username=admin&password=" + URLEncoder.encode(ADMIN_PASSWORD, StandardCharsets.UTF_8),
        "X-XSRF-TOKEN", onNode1.cookie("XSRF-TOKEN"));
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);

    Http onNode2 = onNode1.sameBrowserOn(nodes[1].port());
    var user = onNode2.get("/camunda/api/admin/auth/user/default");
    assertThat(user.statusCode()).as(user.body()).isEqualTo(200);
    assertThat(user.body()).contains("\"userId\":\"admin\"");
    var tasks = onNode2.get("/camunda/api/engine/engine/default/task/count");
    assertThat(tasks.statusCode()).as("the session's authentication serves the webapps' REST API").isEqualTo(200);
    var logout = onNode2.postForm("/camunda/api/admin/auth/user/default/logout", "",
        "X-XSRF-TOKEN", onNode1.cookie("XSRF-TOKEN"));
    assertThat(logout.statusCode()).as("the webapps' CSRF token of the session, issued by node 1").isEqualTo(200);
    assertThat(onNode1.get("/camunda/api/admin/auth/user/default").statusCode())
        .as("logged out on node 2, so on node 1 too").isIn(401, 404);
  }

  @Test
  @Order(3)
  void aPublicPagesTokenFromOneNodeIsAcceptedByTheOther() {
    Http onNode1 = new Http(nodes[0].port());
    assertThat(onNode1.get("/soknad").statusCode()).isEqualTo(200);
    String token = onNode1.cookie("XSRF-TOKEN");
    Http onNode2 = onNode1.sameBrowserOn(nodes[1].port());

    // No call is open yet: past the token check, the submission is refused for that, by name.
    var withToken = onNode2.postJson("/api/soknad", "{}", "X-XSRF-TOKEN", token);
    var forged = onNode2.postJson("/api/soknad", "{}", "X-XSRF-TOKEN", token.substring(0, token.indexOf('.') + 1) + "x");

    assertThat(withToken.statusCode()).as(withToken.body()).isNotEqualTo(403).isBetween(400, 499);
    assertThat(forged.statusCode()).as("a token with a wrong signature").isEqualTo(403);
  }

  @Test
  @Order(4)
  void aNodeKilledDuringTheAnnouncementsLettersLosesNothingAndSendsEveryLetterOnce() throws Exception {
    Http admin = nodes[1].http();
    createUsers(admin);
    openCall(admin);

    Set<String> acknowledged = rush();
    List<String> stored = database.sql("select case_number from application_case").query(String.class).list();
    assertThat(stored).as("every acknowledged application, once").doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(acknowledged);
    waitUntil(Duration.ofSeconds(120), "every receipt sent",
        () -> count("select count(*) from notification_log where kind = 'RECEIPT'") == stored.size());

    closeIntakeAndReview(admin, stored.size());
    recommendAndDecide(admin);
    announce(admin);

    assertThat(node1Killed.await(120, TimeUnit.SECONDS)).as("node 1 killed while sending a decision letter").isTrue();
    Process killed = nodes[0].process();
    assertThat(killed.exitValue()).as("exit status 128 + SIGKILL (9): killed, not shut down").isEqualTo(137);
    assertThat(count("select count(*) from notification_log where kind = 'DECISION'"))
        .as("decision letters still to send at the kill").isLessThan(stored.size());

    waitUntil(LOCK_TIME.plusSeconds(90), "node 2 has run every job that is due, the killed node's included", () ->
        count("select count(*) from notification_log where kind = 'DECISION'") == stored.size()
            && count("select count(*) from act_ru_job where retries_ > 0 and (duedate_ is null or duedate_ <= now())") == 0);

    assertThat(count("select count(*) from act_ru_job where lock_owner_ is not null or lock_exp_time_ is not null"))
        .as("jobs left locked").isZero();
    assertThat(database.sql("select incident_msg_ from act_ru_incident").query(String.class).list()).as("incidents").isEmpty();
    assertThat(count("select count(*) from decision")).as("decisions").isEqualTo(stored.size());
    assertThat(count("""
        select count(*) from act_ru_execution e join act_re_procdef d on d.id_ = e.proc_def_id_
        where d.key_ = 'ClusterApplication' and e.parent_id_ is null and e.act_id_ = 'Activity_AwaitDecision'"""))
        .as("applications still waiting for the announcement").isZero();

    Map<String, List<String>> receipts1 = letters(nodes[0].mail(), RECEIPT_SUBJECT);
    Map<String, List<String>> receipts2 = letters(nodes[1].mail(), RECEIPT_SUBJECT);
    assertThat(union(receipts1, receipts2).keySet()).as("receipts").containsExactlyInAnyOrderElementsOf(stored);
    assertThat(receipts1.keySet()).as("receipts sent by both nodes, with both running").doesNotContainAnyElementsOf(receipts2.keySet());
    assertThat(union(receipts1, receipts2)).as("one receipt per case while both nodes ran")
        .allSatisfy((caseNumber, copies) -> assertThat(copies).as(caseNumber).hasSize(1));

    Map<String, List<String>> decisions1 = letters(nodes[0].mail(), DECISION_SUBJECT);
    Map<String, List<String>> decisions2 = letters(nodes[1].mail(), DECISION_SUBJECT);
    Map<String, List<String>> decisions = union(decisions1, decisions2);
    assertThat(decisions.keySet()).as("decision letters").containsExactlyInAnyOrderElementsOf(stored);
    assertThat(decisions1).as("decision letters of the killed node").isNotEmpty()
        .allSatisfy((caseNumber, copies) -> assertThat(copies).as(caseNumber).hasSize(1));
    assertThat(decisions2).as("decision letters of the surviving node")
        .allSatisfy((caseNumber, copies) -> assertThat(copies).as(caseNumber).hasSize(1));
    assertThat(decisions).as("every copy of a decision letter carries the same Message-ID")
        .allSatisfy((caseNumber, copies) -> assertThat(Set.copyOf(copies)).as(caseNumber).hasSize(1));
    Set<String> sentByBoth = new HashSet<>(decisions1.keySet());
    sentByBoth.retainAll(decisions2.keySet());
    // The letter the mail server was taking at the kill, and any other in flight on the killed node's
    // job threads, reached the server but not the log: the surviving node sends it again.
    assertThat(sentByBoth).as("letters sent again after the kill: those in flight on the killed node's job threads")
        .isNotEmpty().hasSizeLessThanOrEqualTo(JOB_THREADS);
  }

  /**
   * The tables as the first start of a fresh database leaves them: the project's migrations, then
   * the engine's own scripts. Nodes started at once on an empty database would both create the
   * engine's tables and one would fail, so the first start of a database is one node alone (README,
   * Operations); from then on nodes start at once, as here, and deploy, set up identity and schedule
   * concurrently.
   */
  private void createTables() throws Exception {
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    try (Connection connection = dataSource.getConnection()) {
      for (String part : ENGINE_SCHEMA) {
        ScriptUtils.executeSqlScript(connection,
            new ClassPathResource("org/camunda/bpm/engine/db/create/activiti.postgres.create." + part + ".sql"));
      }
    }
  }

  private static GreenMail mailServer() throws IOException {
    GreenMail mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
        .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    mail.start();
    return mail;
  }

  /**
   * Decision letters take {@link #LETTER_DELIVERY} each, as with a slow mail server; the listener
   * hears each one's count as it arrives, before the server answers the node.
   */
  private static void slowDecisionLetters(GreenMail mail, IntConsumer listener) {
    MessageDeliveryHandler deliver = mail.getUserManager().getMessageDeliveryHandler();
    AtomicInteger decisionLetters = new AtomicInteger();
    mail.getUserManager().setMessageDeliveryHandler((message, address) -> {
      if (DECISION_SUBJECT.matcher(message.getMessage().getSubject()).find()) {
        sleep(LETTER_DELIVERY);
        listener.accept(decisionLetters.incrementAndGet());
      }
      return deliver.handle(message, address);
    });
  }

  /** Kills node 1 before its mail server answers for the letter: the node dies between mail server and commit. */
  private void killNode1AtItsDecisionLetter(int count) {
    if (count == KILL_AT_DECISION_LETTER) {
      Process node1 = nodes[0].process();
      node1.destroyForcibly();
      try {
        node1.waitFor(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      node1Killed.countDown();
    }
  }

  private Process start(int number, int port, GreenMail mail) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    // Start-up dominates this test: the client compiler alone starts the application sooner.
    var builder = new ProcessBuilder(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", JAR.toString(),
        "--server.port=" + port,
        // The local fake of Enhetsregisteret: no test reaches the real register.
        "--klynge.enhetsregisteret.base-url=" + FakeRegister.baseUrl(),
        "--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_TIME.toMillis(),
        "--camunda.bpm.job-execution.core-pool-size=" + JOB_THREADS,
        "--camunda.bpm.job-execution.max-pool-size=" + JOB_THREADS,
        // An idle executor looks for new jobs at least every second, not after its backoff of a minute,
        // so that both nodes take part in the letters.
        "--camunda.bpm.job-execution.wait-time-in-millis=500",
        "--camunda.bpm.job-execution.max-wait=1000",
        "--klynge.review.reviewers-per-application=1")
        .redirectErrorStream(true)
        .redirectOutput(LOGS.resolve("node-" + number + ".log").toFile());
    builder.environment().putAll(Map.of(
        "SPRING_PROFILES_ACTIVE", "postgres",
        "SPRING_DATASOURCE_URL", databaseUrl,
        "SPRING_DATASOURCE_USERNAME", "postgres",
        "SPRING_DATASOURCE_PASSWORD", "",
        "SPRING_MAIL_HOST", "127.0.0.1",
        "SPRING_MAIL_PORT", Integer.toString(mail.getSmtp().getPort()),
        "KLYNGE_ADMIN_PASSWORD", ADMIN_PASSWORD));
    return builder.start();
  }

  private void awaitUp(Node node) {
    waitUntil(START_TIMEOUT, "node " + node.number() + " is up (log: " + LOGS.resolve("node-" + node.number() + ".log") + ")",
        () -> {
          assertThat(node.process().isAlive()).as("node " + node.number() + " is running").isTrue();
          try {
            return node.http().get("/actuator/health").statusCode() == 200;
          } catch (IllegalStateException notYetListening) {
            return false;
          }
        });
  }

  private static void createUsers(Http http) {
    for (String[] user : List.of(new String[] {APPLICANT, "applicants"}, new String[] {OFFICER, "case-officers"},
        new String[] {REVIEWER, "reviewers"}, new String[] {COUNCIL, "programme-council"})) {
      assertThat(http.postJson("/engine-rest/user/create", """
          {"profile": {"id": "%s", "firstName": "Klynge", "lastName": "Tester", "email": "%s@klyngetest.no"},
           "credentials": {"password": "%s"}}
          """.formatted(user[0], user[0], PASSWORD), "Authorization", admin()).statusCode()).isEqualTo(204);
      assertThat(http.put("/engine-rest/group/" + user[1] + "/members/" + user[0], "Authorization", admin()).statusCode())
          .isEqualTo(204);
    }
  }

  private static void openCall(Http http) {
    String deadline = LocalDateTime.now(ZoneId.of("Europe/Oslo")).plusDays(1).truncatedTo(ChronoUnit.MINUTES)
        .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
    var call = http.postJson("/engine-rest/process-definition/key/ClusterCall/start",
        RestVariables.body(Map.of("deadlineLocal", deadline)), "Authorization", admin());
    assertThat(call.statusCode()).as(call.body()).isEqualTo(200);
  }

  /** The deadline rush, each submission to the other node than the one before. */
  private Set<String> rush() throws InterruptedException {
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    AtomicInteger next = new AtomicInteger();
    ExecutorService submitters = Executors.newFixedThreadPool(SUBMITTERS);
    for (int t = 0; t < SUBMITTERS; t++) {
      submitters.submit(() -> {
        for (int n = next.incrementAndGet(); n <= SUBMISSIONS; n = next.incrementAndGet()) {
          submit(nodes[n % 2].http(), n).ifPresent(acknowledged::add);
        }
      });
    }
    submitters.shutdown();
    assertThat(submitters.awaitTermination(120, TimeUnit.SECONDS)).isTrue();
    assertThat(acknowledged).as("acknowledged submissions").hasSize(SUBMISSIONS);
    return acknowledged;
  }

  private static Optional<String> submit(Http http, int n) {
    var response = http.postJson("/engine-rest/process-definition/key/ClusterApplication/start",
        RestVariables.body(eligibleForm(n)), "Authorization", Http.basic(APPLICANT, PASSWORD));
    Matcher caseNumber = CASE_NUMBER.matcher(response.body());
    return response.statusCode() == 200 && caseNumber.find() ? Optional.of(caseNumber.group(1)) : Optional.empty();
  }

  /** The deadline falls due now; every application is assigned the reviewer, who declares impartiality and scores. */
  private void closeIntakeAndReview(Http http, int applications) {
    String deadline = single(http, "/engine-rest/job?processDefinitionKey=ClusterCall&activityId=Event_DeadlineReached");
    assertThat(http.postJson("/engine-rest/job/" + deadline + "/execute", "", "Authorization", admin()).statusCode())
        .isEqualTo(204);
    waitUntil(Duration.ofSeconds(120), "every application waits for its reviewers",
        () -> tasks(http, "Task_AssignReviewers").size() == applications);
    for (String task : tasks(http, "Task_AssignReviewers")) {
      claim(http, task, OFFICER);
      complete(http, task, OFFICER, Map.of(ReviewVariables.SELECTED_REVIEWERS, List.of(REVIEWER)));
    }
    waitUntil(Duration.ofSeconds(120), "every reviewer's impartiality task",
        () -> tasks(http, "Task_DeclareImpartiality").size() == applications);
    for (String task : tasks(http, "Task_DeclareImpartiality")) {
      complete(http, task, REVIEWER, Map.of(ReviewVariables.CONFLICT_OF_INTEREST, false));
    }
    waitUntil(Duration.ofSeconds(120), "every review task", () -> tasks(http, "Task_ReviewApplication").size() == applications);
    Map<String, Object> scores = new HashMap<>();
    for (Criterion criterion : Criterion.values()) {
      scores.put(ReviewVariables.score(criterion), 4.0);
      scores.put(ReviewVariables.justification(criterion), "Begrunnet vurdering av " + criterion.displayName() + ".");
    }
    for (String task : tasks(http, "Task_ReviewApplication")) {
      complete(http, task, REVIEWER, scores);
    }
  }

  private void recommendAndDecide(Http http) {
    waitUntil(Duration.ofSeconds(120), "the call waits for the recommendation", () -> tasks(http, "Task_Recommend").size() == 1);
    String recommend = tasks(http, "Task_Recommend").get(0);
    claim(http, recommend, OFFICER);
    complete(http, recommend, OFFICER, Map.of());
    waitUntil(Duration.ofSeconds(30), "the call waits for the council", () -> tasks(http, "Task_Decide").size() == 1);
    String decide = tasks(http, "Task_Decide").get(0);
    claim(http, decide, COUNCIL);
    complete(http, decide, COUNCIL, Map.of());
    waitUntil(Duration.ofSeconds(60), "the decisions are recorded and the call waits for the announcement", () ->
        !http.get("/engine-rest/job?processDefinitionKey=ClusterCall&activityId=Event_AnnouncementDate", "Authorization", admin())
            .body().equals("[]"));
  }

  /** The announcement date falls due now: the job executors of both nodes run it and the letters. */
  private void announce(Http http) {
    String announcement = single(http, "/engine-rest/job?processDefinitionKey=ClusterCall&activityId=Event_AnnouncementDate");
    String now = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ").format(new Date(System.currentTimeMillis() - 60_000));
    var moved = http.putJson("/engine-rest/job/" + announcement + "/duedate", "{\"duedate\": \"" + now + "\"}",
        "Authorization", admin());
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(204);
  }

  private static void claim(Http http, String taskId, String user) {
    assertThat(http.postJson("/engine-rest/task/" + taskId + "/claim", "{\"userId\": \"" + user + "\"}",
        "Authorization", Http.basic(user, PASSWORD)).statusCode()).isEqualTo(204);
  }

  private static void complete(Http http, String taskId, String user, Map<String, Object> variables) {
    var response = http.postJson("/engine-rest/task/" + taskId + "/complete", RestVariables.body(variables),
        "Authorization", Http.basic(user, PASSWORD));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
  }

  private static List<String> tasks(Http http, String definitionKey) {
    List<String> ids = new ArrayList<>();
    json(http.get("/engine-rest/task?taskDefinitionKey=" + definitionKey + "&maxResults=1000", "Authorization", admin()))
        .forEach(task -> ids.add(task.get("id").asText()));
    return ids;
  }

  private static String single(Http http, String query) {
    JsonNode jobs = json(http.get(query, "Authorization", admin()));
    assertThat(jobs.size()).as(query).isEqualTo(1);
    return jobs.get(0).get("id").asText();
  }

  /** The Message-IDs of the letters a mail server received, per case number. */
  private static Map<String, List<String>> letters(GreenMail mail, Pattern subject) {
    Map<String, List<String>> letters = new HashMap<>();
    for (MimeMessage message : mail.getReceivedMessages()) {
      try {
        Matcher caseNumber = subject.matcher(message.getSubject());
        if (caseNumber.find()) {
          letters.computeIfAbsent(caseNumber.group(1), c -> new ArrayList<>()).add(message.getMessageID());
        }
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
    return letters;
  }

  private static Map<String, List<String>> union(Map<String, List<String>> first, Map<String, List<String>> second) {
    Map<String, List<String>> all = new HashMap<>();
    for (Map<String, List<String>> letters : List.of(first, second)) {
      letters.forEach((caseNumber, ids) -> all.computeIfAbsent(caseNumber, c -> new ArrayList<>()).addAll(ids));
    }
    return all;
  }

  private long count(String sql) {
    return database.sql(sql).query(Long.class).single();
  }

  private static JsonNode json(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String admin() {
    return Http.basic("admin", ADMIN_PASSWORD);
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void waitUntil(Duration timeout, String what, BooleanSupplier condition) {
    try {
      Awaitility.await(what).atMost(timeout).pollInterval(Duration.ofMillis(250)).until(condition::getAsBoolean);
    } catch (ConditionTimeoutException e) {
      throw new AssertionError(e.getMessage() + "\nWhere the cases and jobs are: " + database.sql("""
          select coalesce(e.act_id_, '-') || ' (' || count(*) || ')' from act_ru_execution e
          where e.act_id_ is not null group by e.act_id_
          union all select 'job ' || coalesce(d.act_id_, j.handler_type_) || ' retries ' || j.retries_ || ' (' || count(*) || ')'
          from act_ru_job j left join act_ru_jobdef d on d.id_ = j.job_def_id_ group by d.act_id_, j.handler_type_, j.retries_
          union all select 'incident ' || incident_msg_ from act_ru_incident""").query(String.class).list(), e);
    }
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
