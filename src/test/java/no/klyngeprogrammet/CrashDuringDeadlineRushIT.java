package no.klyngeprogrammet;

import static no.klyngeprogrammet.support.TestApplications.validForm;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.klyngeprogrammet.support.FakeRegister;
import no.klyngeprogrammet.support.Http;
import no.klyngeprogrammet.support.PostgresInitializer;
import no.klyngeprogrammet.support.RestVariables;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The packaged application, as operations run it ({@code java -jar} with the {@code postgres}
 * profile), killed with SIGKILL while applicants are submitting at the deadline, and started
 * again on the same database: nothing acknowledged is lost or doubled, no case is half-stored,
 * and every receipt goes out as one letter: copies sent again after the kill carry the same
 * Message-ID, and there are no more of them than job threads. Half the submissions come through
 * Tasklist's REST door, which starts each process in its request, half through the public page,
 * which here always defers the start until after the answer: those the kill left unstarted are
 * started by the restarted application.
 */
class CrashDuringDeadlineRushIT {

  private static final Path JAR = Path.of("target", "klyngeprogrammet.jar");
  private static final Path LOGS = Path.of("target", "crash-it");
  private static final String ADMIN_PASSWORD = "Krasj-test-æøå-1";
  private static final String APPLICANT = "krasjsoker";
  private static final String APPLICANT_PASSWORD = "Søker-passord-1";
  private static final int SUBMISSIONS = 40;
  private static final int SUBMITTERS = 8;
  /** The kill comes when this many submissions have been acknowledged, while the rest are in flight. */
  private static final int KILL_AFTER_ACKNOWLEDGED = 12;
  /** The job executor's threads: at most this many letters can be between mail server and commit. */
  private static final int JOB_THREADS = 10;
  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
  private static final Pattern CASE_NUMBER = Pattern.compile("\"(?:businessKey|caseNumber)\":\"(NIC-\\d{4}-\\d{4})\"");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern RECEIPT_SUBJECT = Pattern.compile("Kvittering: søknad om klyngestatus (NIC-\\d{4}-\\d{4})");

  private GreenMail greenMail;
  private String databaseUrl;
  private JdbcClient database;
  private SingleConnectionDataSource dataSource;
  private Process app;

  @BeforeEach
  void startMailServerAndDatabase() throws IOException {
    greenMail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
        .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    greenMail.start();
    databaseUrl = PostgresInitializer.newDatabase();
    dataSource = new SingleConnectionDataSource(databaseUrl, "postgres", "", true);
    database = JdbcClient.create(dataSource);
    Files.createDirectories(LOGS);
  }

  @AfterEach
  void stopEverything() {
    if (app != null) {
      app.destroyForcibly();
    }
    if (dataSource != null) {
      dataSource.destroy();
    }
    greenMail.stop();
  }

  @Test
  void aKillDuringTheDeadlineRushLosesNoAcknowledgedApplicationAndSendsEveryReceiptAsOneLetter() throws Exception {
    assertThat(JAR).as("the packaged application, built by mvn package").exists();
    int port = freePort();
    app = start(port, 1);
    var http = new Http(port);
    prepareApplicantAndCall(http);

    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    CountDownLatch enoughAcknowledged = new CountDownLatch(KILL_AFTER_ACKNOWLEDGED);
    AtomicInteger next = new AtomicInteger();
    ExecutorService submitters = Executors.newFixedThreadPool(SUBMITTERS);
    for (int t = 0; t < SUBMITTERS; t++) {
      submitters.submit(() -> {
        for (int n = next.incrementAndGet(); n <= SUBMISSIONS; n = next.incrementAndGet()) {
          submit(http, port, n).ifPresent(caseNumber -> {
            acknowledged.add(caseNumber);
            enoughAcknowledged.countDown();
          });
        }
      });
    }
    assertThat(enoughAcknowledged.await(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS))
        .as("submissions acknowledged before the kill").isTrue();

    app.destroyForcibly();
    assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(app.exitValue()).as("exit status 128 + SIGKILL (9): killed, not shut down").isEqualTo(137);
    submitters.shutdown();
    assertThat(submitters.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    Set<String> acknowledgedBeforeKill = Set.copyOf(acknowledged);
    assertThat(acknowledgedBeforeKill.size()).as("some submissions were still in flight at the kill")
        .isBetween(KILL_AFTER_ACKNOWLEDGED, SUBMISSIONS - 1);

    assertThat(database.sql("select count(*) from application_start").query(Integer.class).single())
        .as("public submissions answered before the kill whose processes had not started").isPositive();

    app = start(port, 2);
    waitUntil(Duration.ofSeconds(60), "every deferred start made by the restarted application", () ->
        database.sql("select count(*) from application_start").query(Integer.class).single() == 0);

    List<String> stored = database.sql("select case_number from application_case").query(String.class).list();
    assertThat(stored).as("every acknowledged case, once").doesNotHaveDuplicates().containsAll(acknowledgedBeforeKill);
    assertThat(database.sql("select count(*) from application_version where version <> 1").query(Integer.class).single())
        .as("one version per case: no submission was registered twice").isZero();
    assertThat(database.sql("""
            select count(*) from application_case c
            where not exists (select 1 from application_version v where v.case_number = c.case_number)
            """).query(Integer.class).single()).as("cases without a snapshot").isZero();
    assertThat(database.sql("""
            select v.case_number from application_version v
            where not exists (select 1 from act_hi_procinst p where p.id_ = v.process_instance_id
                              and p.business_key_ = v.case_number)
            """).query(String.class).list()).as("snapshots without their process instance").isEmpty();
    assertThat(database.sql("""
            select p.id_ from act_hi_procinst p join act_re_procdef d on d.id_ = p.proc_def_id_
            where d.key_ = 'ClusterApplication'
            and not exists (select 1 from application_version v where v.process_instance_id = p.id_)
            """).query(String.class).list()).as("process instances without their snapshot").isEmpty();
    assertThat(database.sql("""
            select count(*) from act_ru_execution e join act_re_procdef d on d.id_ = e.proc_def_id_
            where d.key_ = 'ClusterApplication' and e.parent_id_ is null
            """).query(Integer.class).single()).as("every stored case is running, waiting for the deadline")
        .isEqualTo(stored.size());

    waitUntil(Duration.ofSeconds(60), "every stored case's receipt sent by the restarted application", () ->
        receiptsSent().keySet().containsAll(stored) && pendingReceiptJobs() == 0);
    Map<String, List<String>> receipts = receiptsSent();
    assertThat(receipts.keySet()).as("receipts only for stored cases").containsExactlyInAnyOrderElementsOf(stored);
    assertThat(receipts).as("one letter per case: every copy of a receipt carries the same Message-ID")
        .allSatisfy((caseNumber, messageIds) -> assertThat(Set.copyOf(messageIds)).as(caseNumber).hasSize(1));
    // A receipt the mail server accepted just before the kill, whose log row died with the process,
    // goes out again after the restart; each job thread holds at most one such letter.
    long copies = receipts.values().stream().mapToLong(List::size).sum();
    assertThat(copies - stored.size()).as("extra copies, at most one per job thread in flight at the kill")
        .isBetween(0L, (long) JOB_THREADS);
    assertThat(database.sql("select count(*) from notification_log where kind = 'RECEIPT'").query(Integer.class).single())
        .isEqualTo(stored.size());
  }

  private Process start(int port, int run) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    // Start-up dominates this test: the client compiler alone starts the application sooner.
    var builder = new ProcessBuilder(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar", JAR.toString(),
        "--server.port=" + port,
        // The local fake of Enhetsregisteret: no test reaches the real register.
        "--klynge.enhetsregisteret.base-url=" + FakeRegister.baseUrl(),
        // A job the killed process had locked waits out this lock before another executor takes it;
        // the engine's default of five minutes is longer than this test should take.
        "--camunda.bpm.job-execution.lock-time-in-millis=15000",
        // The engine's default, stated here because the bound on extra copies rests on it.
        "--camunda.bpm.job-execution.max-pool-size=" + JOB_THREADS,
        // Every public submission is answered before its process starts.
        "--klynge.intake.start-in-request-up-to=0")
        .redirectErrorStream(true)
        .redirectOutput(LOGS.resolve("app-" + run + ".log").toFile());
    builder.environment().putAll(Map.of(
        "SPRING_PROFILES_ACTIVE", "postgres",
        "SPRING_DATASOURCE_URL", databaseUrl,
        "SPRING_DATASOURCE_USERNAME", "postgres",
        "SPRING_DATASOURCE_PASSWORD", "",
        "SPRING_MAIL_HOST", "127.0.0.1",
        "SPRING_MAIL_PORT", Integer.toString(greenMail.getSmtp().getPort()),
        "KLYNGE_ADMIN_PASSWORD", ADMIN_PASSWORD));
    Process process = builder.start();
    var http = new Http(port);
    waitUntil(START_TIMEOUT, "the application on port " + port + " is up (log: " + LOGS.resolve("app-" + run + ".log") + ")",
        () -> {
          assertThat(process.isAlive()).as("the application process is running").isTrue();
          try {
            return http.get("/actuator/health").statusCode() == 200;
          } catch (IllegalStateException notYetListening) {
            return false;
          }
        });
    return process;
  }

  private static void prepareApplicantAndCall(Http http) {
    String admin = Http.basic("admin", ADMIN_PASSWORD);
    assertThat(http.postJson("/engine-rest/user/create", """
        {"profile": {"id": "%s", "firstName": "Krasj", "lastName": "Søker", "email": "krasj@sokerklynge.no"},
         "credentials": {"password": "%s"}}
        """.formatted(APPLICANT, APPLICANT_PASSWORD), "Authorization", admin).statusCode()).isEqualTo(204);
    assertThat(http.put("/engine-rest/group/applicants/members/" + APPLICANT, "Authorization", admin).statusCode())
        .isEqualTo(204);
    String deadline = LocalDateTime.now(ZoneId.of("Europe/Oslo")).plusDays(1).truncatedTo(ChronoUnit.MINUTES)
        .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
    var call = http.postJson("/engine-rest/process-definition/key/ClusterCall/start",
        RestVariables.body(Map.of("deadlineLocal", deadline)), "Authorization", admin);
    assertThat(call.statusCode()).as(call.body()).isEqualTo(200);
  }

  /** @return the case number when the submission was acknowledged */
  private static Optional<String> submit(Http http, int port, int n) {
    try {
      var response = n % 2 == 0 ? submitOnThePublicPage(new Http(port), n)
          : http.postJson("/engine-rest/process-definition/key/ClusterApplication/start",
              RestVariables.body(validForm(n)), "Authorization", Http.basic(APPLICANT, APPLICANT_PASSWORD));
      Matcher caseNumber = CASE_NUMBER.matcher(response.body());
      return (response.statusCode() == 200 || response.statusCode() == 201) && caseNumber.find()
          ? Optional.of(caseNumber.group(1)) : Optional.empty();
    } catch (IllegalStateException connectionLostAtTheKill) {
      return Optional.empty();
    }
  }

  private static HttpResponse<String> submitOnThePublicPage(Http browser, int n) {
    String address = "198.51.100." + n;
    browser.get("/soknad", "X-Forwarded-For", address);
    return browser.postJson("/api/soknad", JSON.valueToTree(validForm(n)).toString(),
        "X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN"), "X-Forwarded-For", address);
  }

  /** The Message-IDs of the receipts received, per case number. */
  private Map<String, List<String>> receiptsSent() {
    Map<String, List<String>> receipts = new HashMap<>();
    for (MimeMessage message : greenMail.getReceivedMessages()) {
      try {
        Matcher subject = RECEIPT_SUBJECT.matcher(message.getSubject());
        if (subject.find()) {
          receipts.computeIfAbsent(subject.group(1), c -> new ArrayList<>()).add(message.getMessageID());
        }
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
    return receipts;
  }

  private int pendingReceiptJobs() {
    return database.sql("""
            select count(*) from act_ru_job j join act_ru_jobdef d on d.id_ = j.job_def_id_
            where d.act_id_ = 'Activity_SendReceipt'
            """)
        .query(Integer.class).single();
  }

  private static void waitUntil(Duration timeout, String what, BooleanSupplier condition) {
    Awaitility.await(what).atMost(timeout).pollInterval(Duration.ofMillis(250)).until(condition::getAsBoolean);
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
