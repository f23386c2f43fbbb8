package no.klyngeprogrammet.notification;

import static no.klyngeprogrammet.support.TestApplications.validForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The SMTP server is down for a while: the letter waits, retries with backoff, and is sent once. */
class MailOutageTest extends IntegrationTest {

  @Autowired FormService formService;
  @LocalServerPort int port;

  @Test
  void aReceiptSurvivesAMailOutageAsRetriesThenAnIncidentAndIsSentOnceAfterRepair() {
    Instant start = oslo("2027-09-01T10:00");
    setClock(start);
    runtimeService.startProcessInstanceByKey(CallVariables.PROCESS_KEY, Map.of(CallVariables.DEADLINE_LOCAL, "2027-09-15T12:00"));
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("ClusterApplication")
        .latestVersion().singleResult().getId();
    ProcessInstance application = formService.submitStartForm(definitionId, validForm(1));
    greenMail.stop();

    Job receipt = managementService.createJobQuery().processInstanceId(application.getId()).singleResult();
    for (int attempt = 0; attempt < 6; attempt++) {
      setClock(start.plus(Duration.ofMinutes(5L * attempt + 1)));
      Job due = managementService.createJobQuery().jobId(receipt.getId()).executable().singleResult();
      if (due != null) {
        try {
          managementService.executeJob(due.getId());
        } catch (RuntimeException expected) {
          // the SMTP server is down; the engine records the failure and schedules the retry
        }
      }
      if (attempt == 0) {
        Job afterFirst = managementService.createJobQuery().jobId(receipt.getId()).singleResult();
        assertThat(afterFirst.getRetries()).isEqualTo(4);
        assertThat(afterFirst.getDuedate().toInstant()).isEqualTo(start.plus(Duration.ofMinutes(6)));
      }
    }

    assertThat(managementService.createJobQuery().jobId(receipt.getId()).singleResult().getRetries()).isZero();
    assertThat(runtimeService.createIncidentQuery().processInstanceId(application.getId()).count()).isEqualTo(1);
    assertThat(new Http(port).get("/engine-rest/incident?processInstanceId=" + application.getId(),
        "Authorization", Http.basic("admin", "test-admin")).body()).contains("\"incidentType\":\"failedJob\"");
    assertThat(application).isWaitingAt("Activity_SendReceipt", "Event_IntakeClosed");
    assertThat(count("select count(*) from notification_log")).as("a letter that was not sent is not logged").isZero();

    greenMail.start();
    managementService.setJobRetries(receipt.getId(), 1);
    managementService.executeJob(receipt.getId());

    assertThat(greenMail.getReceivedMessages()).hasSize(1);
    assertThat(count("select count(*) from notification_log where kind = 'RECEIPT'")).isEqualTo(1);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(application.getId()).count()).isZero();
    executeDueJobs();
    assertThat(application).hasPassed("EndEvent_ReceiptSent").isWaitingAt("Event_IntakeClosed");
  }
}
