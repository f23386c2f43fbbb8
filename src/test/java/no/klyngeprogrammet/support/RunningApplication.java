package no.klyngeprogrammet.support;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import com.github.benmanes.caffeine.cache.Cache;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import no.klyngeprogrammet.register.Lookup;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application with its engine on an in-memory database, the job executor off (tests run
 * jobs themselves), the engine's clock driving time and GreenMail receiving the mail. Most suites
 * extend {@link IntegrationTest}, which adds process test coverage.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({EngineClockConfiguration.class, RequestLogLine.class})
public abstract class RunningApplication {

  protected static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  /** One SMTP port per JVM, free when chosen, so several builds can run on one machine at once. */
  private static final int SMTP_PORT = freePort();

  @RegisterExtension
  protected static GreenMailExtension greenMail = new GreenMailExtension(
      new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
      .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", () -> SMTP_PORT);
    registry.add("klynge.enhetsregisteret.base-url", FakeRegister::baseUrl);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Autowired protected ProcessEngine processEngine;
  @Autowired protected RuntimeService runtimeService;
  @Autowired protected ManagementService managementService;
  @Autowired protected HistoryService historyService;
  @Autowired protected RepositoryService repositoryService;
  @Autowired protected IdentityService identityService;
  @Autowired protected JdbcClient jdbc;
  @Autowired private CircuitBreaker enhetsregisteretCircuitBreaker;
  @Autowired private Cache<String, Lookup> enhetsregisteretCache;

  @BeforeEach
  void startFromNothing() {
    init(processEngine);
    ClockUtil.reset();
    identityService.clearAuthentication();
    List<String> running = runtimeService.createProcessInstanceQuery().rootProcessInstances().list().stream()
        .map(p -> p.getId()).toList();
    if (!running.isEmpty()) {
      runtimeService.deleteProcessInstances(running, "test reset", true, true);
    }
    List<String> finished = historyService.createHistoricProcessInstanceQuery().list().stream().map(p -> p.getId())
        .toList();
    if (!finished.isEmpty()) {
      historyService.deleteHistoricProcessInstances(finished);
    }
    FakeRegister.reset();
    enhetsregisteretCircuitBreaker.reset();
    enhetsregisteretCache.invalidateAll();
    for (String table : List.of("register_check", "status_link", "evaluation", "evaluation_round", "password_link", "complaint", "notification_log", "cluster_event", "cluster_registry", "decision", "recommendation", "formal_check",
        "reviewer_proposal", "allocation_shortfall", "reviewer_pool_change", "reviewer_affiliation", "reviewer_profile",
        "review_score", "review_assignment", "reviewer_tie", "application_score", "application_result", "application_start", "application_version", "application_case", "call_budget",
        "cluster_call", "case_number_counter")) {
      jdbc.sql("delete from " + table).update();
    }
  }

  /** Each test creates the users it needs; none is left from another test class in the shared context. */
  @BeforeEach
  void onlyTheAdministrator() {
    identityService.createUserQuery().list().stream().filter(user -> !user.getId().equals("admin"))
        .forEach(user -> identityService.deleteUser(user.getId()));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  protected static Instant oslo(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(OSLO).toInstant();
  }

  protected void setClock(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }

  /** Runs every job that is due at the engine's current time, until none is left. */
  protected void executeDueJobs() {
    for (int round = 0; round < 100; round++) {
      List<Job> due = managementService.createJobQuery().executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> managementService.executeJob(job.getId()));
    }
    throw new AssertionError("Jobs kept becoming due after 100 rounds");
  }

  /**
   * The nightly run that starts the follow-up of reviews whose reminder comes near, at the engine's
   * current time. Its timer's next due date depends on the clocks earlier tests set, so a test that
   * relies on the run does it itself; the run is idempotent.
   */
  protected void runReviewFollowUpSchedule() {
    Job run = managementService.createJobQuery().processDefinitionKey("ReviewFollowUpSchedule").timers().singleResult();
    managementService.executeJob(run.getId());
    executeDueJobs();
  }

  /** {@link #ensureUser(String, String)}, who logs in with this password (REST, Tasklist, the staff pages). */
  protected void ensureUser(String id, String group, String password) {
    ensureUser(id, group);
    var user = identityService.createUserQuery().userId(id).singleResult();
    user.setPassword(password);
    identityService.saveUser(user);
  }

  /** A user in a group, with an e-mail address at {@code id@programmet.no}; created once per context. */
  protected void ensureUser(String id, String group) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      var user = identityService.newUser(id);
      user.setFirstName(id);
      user.setLastName("Testesen");
      user.setEmail(id + "@programmet.no");
      identityService.saveUser(user);
      identityService.createMembership(id, group);
    }
  }

  protected int count(String sql, Object... params) {
    return jdbc.sql(sql).params(params).query(Integer.class).single();
  }
}
