package no.klyngeprogrammet;

import static no.klyngeprogrammet.support.TestApplications.validForm;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import io.micrometer.core.instrument.MeterRegistry;
import no.klyngeprogrammet.web.SubmissionWarmUp;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import no.klyngeprogrammet.call.CallService;
import no.klyngeprogrammet.identity.DemoUsers;
import no.klyngeprogrammet.support.Http;
import no.klyngeprogrammet.support.RestVariables;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import no.klyngeprogrammet.support.FakeRegister;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/**
 * What {@code mvn spring-boot:run} gives a newcomer: the default profile with an H2 file database,
 * the in-process mail server and its page, demo users and an open call; and a restart that keeps
 * the data and deploys no new versions of unchanged models. An administrator starts an evaluation
 * round with its form, and the registry page answers a case officer. (The rounds' whole path, from
 * admission through several years of evaluations to the registry, is driven on the engine clock in
 * {@code EvaluationRoundStartTest}.)
 */
class EmbeddedDefaultTest {

  static final Path DATA = Path.of("target", "embedded-default-test");
  static final Path ROUNDS_DATA = Path.of("target", "embedded-default-rounds-test");
  static final Path SECOND_DATA = Path.of("target", "embedded-default-second-test");

  @BeforeAll
  static void freshDataDirectory() throws IOException {
    FileSystemUtils.deleteRecursively(DATA);
    FileSystemUtils.deleteRecursively(ROUNDS_DATA);
    FileSystemUtils.deleteRecursively(SECOND_DATA);
  }

  private static ConfigurableApplicationContext start(int mailPort) {
    return start(DATA, mailPort);
  }

  /** What the node had done when it declared itself ready to take traffic. */
  record AtReadiness(double warmUps, int cases, long applicationInstances, int lettersLogged, int statusLinks,
      int mailsReceived) {}

  private static ConfigurableApplicationContext start(Path data, int mailPort, String... more) {
    return start(data, mailPort, event -> {}, more);
  }

  private static ConfigurableApplicationContext start(Path data, int mailPort,
      org.springframework.context.ApplicationListener<org.springframework.context.ApplicationEvent> listener,
      String... more) {
    var arguments = new java.util.ArrayList<>(java.util.List.of(
        "--spring.datasource.url=jdbc:h2:file:./" + data + "/klyngeprogrammet;DB_CLOSE_ON_EXIT=FALSE",
        "--server.port=0",
        "--spring.mail.port=" + mailPort,
        "--klynge.enhetsregisteret.base-url=" + FakeRegister.baseUrl()));
    arguments.addAll(java.util.List.of(more));
    return new SpringApplicationBuilder(KlyngeprogrammetApplication.class).listeners(listener)
        .run(arguments.toArray(String[]::new));
  }

  private static String body(jakarta.mail.internet.MimeMessage message) throws Exception {
    return ((String) message.getContent()).replace("\r\n", "\n");
  }

  @Test
  void aNewcomerCanApplyAndReadTheReceiptAndARestartKeepsEverything() throws Exception {
    int mailPort = freePort();
    String caseNumber;
    var atReadiness = new AtomicReference<AtReadiness>();
    try (var app = start(DATA, mailPort, event -> {
      if (event instanceof AvailabilityChangeEvent<?> change && change.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
        var context = (ApplicationContext) change.getSource();
        var warmed = context.getBean(MeterRegistry.class).find(SubmissionWarmUp.METRIC).tag("outcome", "warmed").timer();
        var jdbc = context.getBean(JdbcClient.class);
        atReadiness.set(new AtReadiness(warmed == null ? 0 : warmed.count(),
            jdbc.sql("select count(*) from application_case").query(Integer.class).single(),
            context.getBean(HistoryService.class).createHistoricProcessInstanceQuery()
                .processDefinitionKey("ClusterApplication").count(),
            jdbc.sql("select count(*) from notification_log").query(Integer.class).single(),
            jdbc.sql("select count(*) from status_link").query(Integer.class).single(),
            context.getBean(GreenMail.class).getReceivedMessages().length));
      }
    })) {
      assertThat(atReadiness.get()).as("the node sent itself its refused applications and rehearsed a receipt "
          + "before it was ready, and they left no case, no process, no letter and no link")
          .isEqualTo(new AtReadiness(1, 0, 0, 0, 0, 0));
      var identity = app.getBean(IdentityService.class);
      assertThat(DemoUsers.USERS).allSatisfy(user -> assertThat(identity.checkPassword(user.id(), "demo")).isTrue());
      assertThat(identity.createUserQuery().memberOfGroup("reviewers").count()).isGreaterThanOrEqualTo(3);
      assertThat(app.getBean(CallService.class).acceptsSubmissionsAt(java.time.Instant.now())).isTrue();

      var http = new Http(((ServletWebServerApplicationContext) app).getWebServer().getPort());
      var health = http.get("/actuator/health");
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.body()).startsWith("{\"status\":\"UP\"")
          .contains("\"processEngine\":{\"status\":\"UP\"}", "\"jobExecutor\":{\"status\":\"UP\"}")
          .doesNotContain("details");
      var readiness = http.get("/actuator/health/readiness");
      assertThat(readiness.statusCode()).isEqualTo(200);
      assertThat(readiness.body()).isEqualTo("{\"status\":\"UP\"}");
      assertThat(http.get("/actuator/prometheus").statusCode()).isEqualTo(401);
      assertThat(http.get("/actuator/prometheus", "Authorization", Http.basic("admin", "admin")).body())
          .contains("klynge_cases{state=\"received\"}")
          .containsPattern("klynge_submission_warmup_seconds_count\\{outcome=\"warmed\"\\} 1(\\.0)?\\R")
          .containsPattern("http_server_requests_seconds_count\\{[^}]*status=\"400\"[^}]*uri=\"/api/soknad\"\\} "
              + SubmissionWarmUp.ROUNDS + "(\\.0)?\\R");
      assertThat(http.get("/").headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/camunda/app/"));
      var form = http.get("/engine-rest/process-definition/key/ClusterApplication/deployed-start-form",
          "Authorization", Http.basic("soker1", "demo"));
      assertThat(form.statusCode()).isEqualTo(200);
      assertThat(form.body()).contains("\"id\": \"application\"").contains("Søknad om klyngestatus");

      var submitted = http.postJson("/engine-rest/process-definition/key/ClusterApplication/submit-form",
          RestVariables.body(validForm(1)), "Authorization", Http.basic("soker1", "demo"));
      assertThat(submitted.statusCode()).isEqualTo(200);
      caseNumber = submitted.body().replaceAll(".*\"businessKey\":\"(NIC-\\d{4}-\\d{4})\".*", "$1");

      var greenMail = app.getBean(GreenMail.class);
      assertThat(greenMail.waitForIncomingEmail(30_000, 1)).isTrue();
      String mailPage = http.get("/mail").body();
      assertThat(mailPage).contains("Kvittering: søknad om klyngestatus " + caseNumber, "Hei, Bjørn Æsøy");
      int port = ((ServletWebServerApplicationContext) app).getWebServer().getPort();
      assertThat(body(greenMail.getReceivedMessages()[0]))
          .as("without klynge.public-url the link follows the port the server actually took")
          .containsPattern("\\Rhttp://localhost:" + port + "/status/[A-Za-z0-9_-]{43}\\R");
    }

    // A restart behind a public address: the configured address wins over the port.
    try (var app = start(DATA, mailPort, "--klynge.public-url=https://klynge.example.no/")) {
      var http = new Http(((ServletWebServerApplicationContext) app).getWebServer().getPort());
      var resent = http.postJson("/api/saker/" + caseNumber + "/statuslenke", "", "Authorization",
          Http.basic("saksbehandler1", "demo"));
      assertThat(resent.statusCode()).as(resent.body()).isBetween(200, 204);
      var greenMail = app.getBean(GreenMail.class);
      assertThat(greenMail.waitForIncomingEmail(30_000, 1)).isTrue();
      assertThat(body(greenMail.getReceivedMessages()[0]))
          .containsPattern("\\Rhttps://klynge\\.example\\.no/status/[A-Za-z0-9_-]{43}\\R");
    }

    try (var app = start(mailPort)) {
      var repository = app.getBean(RepositoryService.class);
      for (String key : new String[] {"ClusterApplication", "ClusterCall", "YearlyCallSchedule", "EvaluationRound",
          "YearlyEvaluationSchedule", "PersonalDataErasure", "ReviewFollowUpSchedule", "ReviewFollowUp"}) {
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).as(key).isEqualTo(1);
      }
      var jdbc = app.getBean(JdbcClient.class);
      assertThat(jdbc.sql("select count(*) from cluster_call").query(Integer.class).single()).isEqualTo(1);
      assertThat(jdbc.sql("select case_number from application_case").query(String.class).list()).containsExactly(caseNumber);
      assertThat(app.getBean(IdentityService.class).createUserQuery().userId("soker1").count()).isEqualTo(1);
    }
  }

  @Test
  void theAdministratorStartsAnEvaluationRoundWithTheFormAndTheRegistryPageAnswers() throws Exception {
    try (var app = start(ROUNDS_DATA, freePort())) {
      var http = new Http(((ServletWebServerApplicationContext) app).getWebServer().getPort());
      String admin = Http.basic("admin", "admin");
      var form = http.get("/engine-rest/process-definition/key/EvaluationRound/deployed-start-form",
          "Authorization", admin);
      assertThat(form.statusCode()).isEqualTo(200);
      assertThat(form.body()).contains("\"id\": \"startEvaluationRound\"").contains("Start evalueringsrunde");

      int nextYear = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).getYear() + 1;
      String round = RestVariables.body(java.util.Map.of("roundYear", nextYear));
      var started = http.postJson("/engine-rest/process-definition/key/EvaluationRound/submit-form", round,
          "Authorization", admin);
      assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
      var again = http.postJson("/engine-rest/process-definition/key/EvaluationRound/submit-form", round,
          "Authorization", Http.basic("saksbehandler1", "demo"));
      assertThat(again.statusCode()).isEqualTo(400);
      assertThat(again.body()).contains("Evalueringsår")
          .contains("det er allerede startet en evalueringsrunde for " + nextYear);
      var jdbc = app.getBean(JdbcClient.class);
      assertThat(jdbc.sql("select started_by from evaluation_round where round_year = ?").param(nextYear)
          .query(String.class).single()).isEqualTo("admin");

      var page = http.get("/klyngeregister", "Authorization", Http.basic("saksbehandler1", "demo"));
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("<h1>Klyngeregister</h1>");
    }
  }

  /**
   * A second instance on the machine: the SMTP port it is given is taken, so it moves to a free one
   * and says which on /mail, where the letters to several people are listed newest first.
   */
  @Test
  void anInstanceWhoseMailPortIsTakenStartsOnAnotherAndListsLettersNewestFirst() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
        var app = start(SECOND_DATA, taken.getLocalPort())) {
      int chosen = app.getBean(org.springframework.boot.autoconfigure.mail.MailProperties.class).getPort();
      assertThat(chosen).isNotEqualTo(taken.getLocalPort());
      var sender = app.getBean(org.springframework.mail.javamail.JavaMailSender.class);
      var greenMail = app.getBean(GreenMail.class);
      String[] recipients = {"zz@klynge.no", "aa@klynge.no", "zz@klynge.no"};
      for (int i = 0; i < recipients.length; i++) {
        var letter = new org.springframework.mail.SimpleMailMessage();
        letter.setFrom("noreply@klyngeprogrammet.local");
        letter.setTo(recipients[i]);
        letter.setSubject("Brev nummer " + (i + 1));
        letter.setText("Innhold " + (i + 1));
        sender.send(letter);
        assertThat(greenMail.waitForIncomingEmail(10_000, i + 1)).isTrue();
      }

      String page = new Http(((ServletWebServerApplicationContext) app).getWebServer().getPort()).get("/mail").body();
      assertThat(page).contains("port " + chosen).containsSubsequence("Brev nummer 3", "Brev nummer 2", "Brev nummer 1");
    }
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
