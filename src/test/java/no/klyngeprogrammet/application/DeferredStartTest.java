package no.klyngeprogrammet.application;

import static no.klyngeprogrammet.support.TestApplications.eligibleForm;
import static no.klyngeprogrammet.support.TestApplications.validForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.klyngeprogrammet.call.CallVariables;
import no.klyngeprogrammet.support.Http;
import no.klyngeprogrammet.support.IntegrationTest;
import no.klyngeprogrammet.validation.ValidationException;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A public submission taken in while the intake is busy: registered and answered in its request, its
 * process started afterwards, and every guarantee of the intake kept (nothing lost, versions in
 * order, the exact deadline).
 */
class DeferredStartTest extends IntegrationTest {

  static final Instant DEADLINE = oslo("2027-09-15T12:00");

  @Autowired PublicSubmissions publicSubmissions;
  @Autowired DeferredStarts deferredStarts;
  @Autowired DeferredStartRunner runner;
  @Autowired IntakeLoad load;
  @Autowired IntakeProperties intakeProperties;
  @LocalServerPort int port;

  ProcessInstance call;
  int occupied;

  @BeforeEach
  void openCall() {
    setClock(oslo("2027-09-01T10:00"));
    call = runtimeService.startProcessInstanceByKey(CallVariables.PROCESS_KEY,
        Map.of(CallVariables.CALL_TITLE, "Utlysning 2027", CallVariables.DEADLINE_LOCAL, "2027-09-15T12:00"));
  }

  /** As many other submissions in flight as still start in their request: the next one finds the intake busy. */
  void busy() {
    for (int i = 0; i < intakeProperties.startInRequestUpTo(); i++) {
      load.enterAndStartInRequest();
      occupied++;
    }
  }

  @AfterEach
  void quiet() {
    for (; occupied > 0; occupied--) {
      load.leave();
    }
  }

  PublicSubmissions.Receipt submit(Map<String, Object> form) {
    return publicSubmissions.submit(form, null);
  }

  /** What the runner does once the intake is quiet. */
  int startWaiting() {
    return deferredStarts.waitingCases(1000).stream().mapToInt(deferredStarts::startCase).sum();
  }

  List<ProcessInstance> applications() {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(ApplicationVariables.PROCESS_KEY).list();
  }

  ProcessInstance instanceOf(String caseNumber) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(ApplicationVariables.PROCESS_KEY)
        .processInstanceBusinessKey(caseNumber).singleResult();
  }

  @Test
  void aBusyIntakeAnswersWithTheCaseNumberAndTheProcessStartsAfterwardsAsIfStartedInTheRequest() throws Exception {
    busy();
    var receipt = submit(validForm(1));

    assertThat(receipt.caseNumber()).isEqualTo("NIC-2027-0001");
    assertThat(receipt.receivedAt()).isEqualTo(oslo("2027-09-01T10:00"));
    assertThat(applications()).as("not started in the request").isEmpty();
    assertThat(count("select count(*) from application_version where process_instance_id is null")).isEqualTo(1);
    assertThat(count("select count(*) from application_start")).isEqualTo(1);
    assertThat(count("select count(*) from status_link where case_number = 'NIC-2027-0001'")).isEqualTo(1);
    var statusPage = new Http(port).get(StatusLinks.path(receipt.statusToken()), "X-Forwarded-For", "198.51.100.201");
    assertThat(statusPage.statusCode()).isEqualTo(200);
    assertThat(statusPage.body()).as("the status page knows the case before its process").contains("NIC-2027-0001",
        "Blå Vekst Ærøy 1", "Mottatt");

    assertThat(startWaiting()).isEqualTo(1);

    ProcessInstance application = instanceOf("NIC-2027-0001");
    assertThat(application).isWaitingAt("Activity_SendReceipt", "Event_IntakeClosed")
        .hasNotPassed("Activity_RegisterApplication");
    assertThat(runtimeService.getVariables(application.getId())).as("what the start in the request sets, no more")
        .containsOnlyKeys("clusterName", "applicantName", "applicantUser", "caseNumber", "version", "callId")
        .containsEntry("applicantUser", null)
        .containsEntry("clusterName", "Blå Vekst Ærøy 1").containsEntry("caseNumber", "NIC-2027-0001")
        .containsEntry("version", 1);
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(application.getId()).list())
        .extracting(HistoricVariableInstance::getName).as("no history of the initiator nobody was")
        .containsExactlyInAnyOrder("clusterName", "applicantName", "caseNumber", "version", "callId");
    assertThat(count("select count(*) from application_version where process_instance_id = ?", application.getId()))
        .isEqualTo(1);
    assertThat(count("select count(*) from application_start")).isZero();
    assertThat(startWaiting()).as("started once").isZero();

    executeDueJobs();
    MimeMessage[] mails = greenMail.getReceivedMessages();
    assertThat(mails).hasSize(1);
    assertThat(mails[0].getSubject()).isEqualTo("Kvittering: søknad om klyngestatus NIC-2027-0001");
  }

  @Test
  void aBusyIntakeRefusesBrokenAndLateSubmissionsAsBeforeAndStoresNothing() {
    busy();
    Map<String, Object> broken = validForm(1);
    broken.put("applicantOrgNumber", "123456789");
    assertThatThrownBy(() -> submit(broken)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("Søknaden ble ikke sendt inn");

    setClock(DEADLINE);
    assertThatThrownBy(() -> submit(validForm(2))).isInstanceOf(ValidationException.class);

    assertThat(count("select count(*) from application_case")).isZero();
    assertThat(count("select count(*) from application_start")).isZero();
    assertThat(count("select count(*) from status_link")).isZero();
  }

  @Test
  void aNewVersionOfACaseWaitingForItsStartWaitsTooAndBothStartInOrder() throws Exception {
    busy();
    var first = submit(validForm(1));
    quiet();
    Map<String, Object> revised = validForm(1);
    revised.put("clusterName", "Blå Vekst Ærøy – revidert");
    revised.put("contactEmail", "ny.kontakt@sokerklynge.no");
    setClock(oslo("2027-09-10T09:15"));

    var second = publicSubmissions.submit(revised, first.statusToken());

    assertThat(second.caseNumber()).isEqualTo("NIC-2027-0001");
    assertThat(applications()).as("the intake is quiet, yet the version before waits").isEmpty();
    assertThat(count("select count(*) from application_start where case_number = 'NIC-2027-0001'")).isEqualTo(2);

    assertThat(startWaiting()).isEqualTo(2);
    executeDueJobs();

    ProcessInstance current = instanceOf("NIC-2027-0001");
    assertThat(current).variables().containsEntry(ApplicationVariables.VERSION, 2)
        .containsEntry("clusterName", "Blå Vekst Ærøy – revidert");
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey("NIC-2027-0001")
        .finished().count()).as("version 1, replaced").isEqualTo(1);
    // As when version 2 comes before version 1's receipt job has run: version 1 ends without its own.
    assertThat(subjects()).containsExactlyInAnyOrder(
        "Kvittering: søknad om klyngestatus NIC-2027-0001, versjon 2",
        "Ny versjon av søknad NIC-2027-0001 er mottatt");
  }

  @Test
  void aVersionStartedAfterTheIntakeClosedStartsPastTheDeadlineAndOneStartedBeforeWaitsForIt() {
    busy();
    for (int n = 1; n <= 3; n++) {
      submit(eligibleForm(n));
    }
    assertThat(deferredStarts.startCase("NIC-2027-0001")).isEqualTo(1);
    ProcessInstance startedInTime = instanceOf("NIC-2027-0001");

    setClock(DEADLINE);
    executeDueJobs();
    assertThat(call).hasPassed("Activity_CloseIntake");
    assertThat(count("select case_count from cluster_call")).as("every case registered in time").isEqualTo(3);
    assertThat(startedInTime).hasPassed("Event_IntakeClosed", "Activity_RecordFormalCheck").isWaitingAt("Activity_Review");
    assertThatThrownBy(() -> submit(validForm(4))).isInstanceOf(ValidationException.class);

    assertThat(startWaiting()).isEqualTo(2);
    executeDueJobs();

    assertThat(count("select count(*) from application_start")).isZero();
    for (String caseNumber : List.of("NIC-2027-0002", "NIC-2027-0003")) {
      assertThat(instanceOf(caseNumber)).as(caseNumber).hasPassed("Activity_SendReceipt", "Activity_RecordFormalCheck")
          .hasNotPassed("Event_IntakeClosed").isWaitingAt("Activity_Review");
    }
    assertThat(count("select count(*) from formal_check where eligible")).isEqualTo(3);
    assertThat(subjects()).hasSize(3).allMatch(subject -> subject.startsWith("Kvittering"));
  }

  @Test
  void theRunnerWaitsWhileSubmissionsComeInButNotLongerThanItsLimit() {
    Instant opened = oslo("2027-09-01T10:00");
    busy();
    submit(validForm(1));

    runner.startWhatWaits();
    assertThat(applications()).as("the intake is busy").isEmpty();

    setClock(opened.plus(intakeProperties.deferredStartWithin()));
    runner.startWhatWaits();
    assertThat(applications()).as("waited as long as it may").hasSize(1);

    submit(validForm(2));
    quiet();
    runner.startWhatWaits();
    assertThat(applications()).as("a submission came in just now").hasSize(1);

    setClock(opened.plus(intakeProperties.deferredStartWithin()).plus(intakeProperties.quietAfter()));
    runner.startWhatWaits();
    assertThat(applications()).as("quiet again").hasSize(2);
    assertThat(count("select count(*) from application_start")).isZero();
  }

  @Test
  void manySubmissionsFromABusyPublicPageWhileStartsRunAreEachStartedOnceWithTheirOwnCaseNumber() throws Exception {
    busy();
    ExecutorService clients = Executors.newFixedThreadPool(8);
    List<Future<PublicSubmissions.Receipt>> answers = new ArrayList<>();
    for (int n = 1; n <= 40; n++) {
      Map<String, Object> form = validForm(n);
      answers.add(clients.submit(() -> submit(form)));
    }
    List<Future<Integer>> starters = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      starters.add(clients.submit(() -> {
        int started = 0;
        for (int round = 0; round < 40; round++) {
          started += startWaiting();
        }
        return started;
      }));
    }
    Set<String> told = new HashSet<>();
    for (var answer : answers) {
      told.add(answer.get().caseNumber());
    }
    for (var starter : starters) {
      starter.get();
    }
    clients.shutdown();
    while (startWaiting() > 0) {
      // the rest, after the clients
    }

    assertThat(told).hasSize(40);
    assertThat(applications()).hasSize(40)
        .extracting(ProcessInstance::getBusinessKey).containsExactlyInAnyOrderElementsOf(told);
    assertThat(count("select count(*) from application_version where process_instance_id is null")).isZero();
  }

  private List<String> subjects() {
    return Arrays.stream(greenMail.getReceivedMessages()).map(mail -> {
      try {
        return mail.getSubject();
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }
}
