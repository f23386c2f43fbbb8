package no.klyngeprogrammet.monitoring;

import static no.klyngeprogrammet.support.TestApplications.validForm;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import no.klyngeprogrammet.call.CallVariables;
import no.klyngeprogrammet.support.Http;
import no.klyngeprogrammet.support.IntegrationTest;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Health, the metrics in Prometheus format, and the case number in every log line of a case. */
@ExtendWith(OutputCaptureExtension.class)
class OperationsTest extends IntegrationTest {

  private static final String ADMIN = Http.basic("admin", "test-admin");

  @Autowired FormService formService;
  @LocalServerPort int port;

  /** The job executor's component is proven in EmbeddedDefaultTest: these tests run without one. */
  @Test
  void healthShowsTheEngineAndTheDatabaseToAnyoneButNoInternals() {
    var health = new Http(port).get("/actuator/health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).startsWith("{\"status\":\"UP\"")
        .contains("\"processEngine\":{\"status\":\"UP\"}", "\"db\":{\"status\":\"UP\"}")
        .doesNotContain("details", "H2", "version");
  }

  /** The container's health check asks for liveness: a mail outage is waited out by retries, not by a restart. */
  @Test
  void aMailOutageShowsInHealthButTheApplicationStaysLive() {
    greenMail.stop();
    try {
      var health = new Http(port).get("/actuator/health");
      assertThat(health.statusCode()).isEqualTo(503);
      assertThat(health.body()).contains("\"mail\":{\"status\":\"DOWN\"}");
      var liveness = new Http(port).get("/actuator/health/liveness");
      assertThat(liveness.statusCode()).isEqualTo(200);
      assertThat(liveness.body()).isEqualTo("{\"status\":\"UP\"}");
    } finally {
      greenMail.start();
    }
  }

  @Test
  void theMetricsAreForAdministratorsOnly() {
    var officer = identityService.newUser("officer1");
    officer.setPassword("secret-1");
    identityService.saveUser(officer);
    identityService.createMembership("officer1", "case-officers");
    Http http = new Http(port);

    assertThat(http.get("/actuator/prometheus").statusCode()).isEqualTo(401);
    assertThat(http.get("/actuator/prometheus", "Authorization", Http.basic("nobody", "wrong")).statusCode()).isEqualTo(401);
    assertThat(http.get("/actuator/prometheus", "Authorization", Http.basic("officer1", "secret-1")).statusCode())
        .isEqualTo(403);
    assertThat(http.get("/actuator/prometheus", "Authorization", ADMIN).statusCode()).isEqualTo(200);
  }

  @Test
  void casesPerStateOpenIncidentsAndLettersSentAndFailedInPrometheusFormat() {
    Http http = new Http(port);
    String before = http.get("/actuator/prometheus", "Authorization", ADMIN).body();

    Instant start = oslo("2027-09-01T10:00");
    setClock(start);
    runtimeService.startProcessInstanceByKey(CallVariables.PROCESS_KEY, Map.of(CallVariables.DEADLINE_LOCAL, "2027-09-15T12:00"));
    submit(validForm(1));
    executeDueJobs();

    greenMail.stop();
    ProcessInstance second = submit(validForm(2));
    Job receipt = managementService.createJobQuery().processInstanceId(second.getId()).singleResult();
    int attempts = 0;
    for (int minute = 1; minute <= 31; minute += 5) {
      setClock(start.plus(Duration.ofMinutes(minute)));
      if (managementService.createJobQuery().jobId(receipt.getId()).executable().count() == 1) {
        attempts++;
        try {
          managementService.executeJob(receipt.getId());
        } catch (RuntimeException expected) {
          // the SMTP server is down
        }
      }
    }
    assertThat(attempts).isEqualTo(5);

    String after = http.get("/actuator/prometheus", "Authorization", ADMIN).body();
    assertThat(after).contains("# TYPE klynge_cases gauge", "# TYPE klynge_notifications_sent_total counter",
        "# TYPE klynge_notifications_failed_total counter", "# TYPE klynge_incidents_open gauge");
    assertThat(value(after, "klynge_cases{state=\"received\"}")).isEqualTo(2);
    assertThat(value(after, "klynge_cases{state=\"formal_check\"}")).isZero();
    assertThat(value(after, "klynge_incidents_open")).isEqualTo(1);
    assertThat(value(after, "klynge_notifications_sent_total{kind=\"RECEIPT\"}")
        - value(before, "klynge_notifications_sent_total{kind=\"RECEIPT\"}")).isEqualTo(1);
    assertThat(value(after, "klynge_notifications_failed_total{kind=\"RECEIPT\"}")
        - value(before, "klynge_notifications_failed_total{kind=\"RECEIPT\"}")).isEqualTo(5);

    setClock(oslo("2027-09-15T12:00"));
    executeDueJobs();
    String closed = http.get("/actuator/prometheus", "Authorization", ADMIN).body();
    assertThat(value(closed, "klynge_cases{state=\"received\"}")).isZero();
    assertThat(value(closed, "klynge_cases{state=\"formal_check\"}")).isEqualTo(2);
  }

  @Test
  void aJobOfACaseLogsWithItsCaseNumber(CapturedOutput output) {
    setClock(oslo("2027-09-01T10:00"));
    runtimeService.startProcessInstanceByKey(CallVariables.PROCESS_KEY, Map.of(CallVariables.DEADLINE_LOCAL, "2027-09-15T12:00"));
    submit(validForm(1));
    submit(validForm(2));
    executeDueJobs();

    assertThat(output.getOut().lines().filter(line -> line.contains("Letter RECEIPT sent")))
        .anySatisfy(line -> assertThat(line).contains("INFO [NIC-2027-0001]"))
        .anySatisfy(line -> assertThat(line).contains("INFO [NIC-2027-0002]"));
  }

  private ProcessInstance submit(Map<String, Object> form) {
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("ClusterApplication")
        .latestVersion().singleResult().getId();
    return formService.submitStartForm(definitionId, form);
  }

  /** The value of one time series in a Prometheus text exposition; 0 when it is absent. */
  private static double value(String exposition, String series) {
    return exposition.lines().filter(line -> line.startsWith(series + " "))
        .mapToDouble(line -> Double.parseDouble(line.substring(series.length() + 1).strip()))
        .findFirst().orElse(0);
  }
}
