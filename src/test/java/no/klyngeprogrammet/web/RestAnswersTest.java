package no.klyngeprogrammet.web;

import static no.klyngeprogrammet.support.TestApplications.validForm;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import no.klyngeprogrammet.call.CallVariables;
import no.klyngeprogrammet.identity.ProgrammeGroups;
import no.klyngeprogrammet.support.Http;
import no.klyngeprogrammet.support.IntegrationTest;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the REST API answers to input it cannot take: 400 or 404 with a short message that names
 * the field where there is one, never a 500 and never the parser's or the engine's internals.
 */
class RestAnswersTest extends IntegrationTest {

  static final String APPLICANT = "svarsoker";
  static final String PASSWORD = "svar-passord";
  static final String START = "/engine-rest/process-definition/key/ClusterApplication/submit-form";

  @Autowired TaskService taskService;
  @LocalServerPort int port;
  Http http;

  @BeforeEach
  void applicantAndOpenCall() {
    ensureUser(APPLICANT, ProgrammeGroups.APPLICANTS, PASSWORD);
    runtimeService.startProcessInstanceByKey(CallVariables.PROCESS_KEY,
        Map.of(CallVariables.DEADLINE_LOCAL, java.time.LocalDate.now(OSLO).plusDays(30) + "T12:00"));
    http = new Http(port);
  }

  HttpResponse<String> submitWithMembers(String membersJson) {
    try {
      var body = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper()
          .readTree(no.klyngeprogrammet.support.RestVariables.body(validForm(1)));
      ((com.fasterxml.jackson.databind.node.ObjectNode) body.get("variables").get("members")).put("value", membersJson);
      return http.postJson(START, body.toString(), "Authorization", Http.basic(APPLICANT, PASSWORD));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static void withoutInternals(HttpResponse<String> response) {
    assertThat(response.body()).doesNotContain("org.camunda", "com.fasterxml", "java.lang", "Dto", "SPIN/",
        "StreamReadConstraints", "at no.klyngeprogrammet");
  }

  @Test
  void aMemberListThatIsNotJsonIsRefusedByName() {
    var response = submitWithMembers("[{");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"members\"", "er ikke gyldig JSON");
    withoutInternals(response);
    assertThat(count("select count(*) from application_case")).isZero();
  }

  @Test
  void aMemberListNestedAHundredThousandLevelsDeepIsRefusedByName() {
    var response = submitWithMembers("[".repeat(100_000) + "]".repeat(100_000));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"members\"");
    withoutInternals(response);
  }

  @Test
  void aMalformedOrTooDeepBodyGets400WithoutTheParsersInternals() {
    String auth = Http.basic("admin", "test-admin");
    var malformedQuery = http.postJson("/engine-rest/process-instance", "{\"variables\": [", "Authorization", auth);
    var wrongShape = http.postJson("/engine-rest/process-instance", "{\"processInstanceIds\": {\"a\": 1}}",
        "Authorization", auth);
    var tooDeep = http.postJson("/engine-rest/process-instance",
        "{\"variables\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}", "Authorization", auth);
    var malformedForm = http.postJson(START, "{\"variables\": {\"clusterName\": ", "Authorization",
        Http.basic(APPLICANT, PASSWORD));

    for (HttpResponse<String> response : java.util.List.of(malformedQuery, wrongShape, tooDeep, malformedForm)) {
      assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
      withoutInternals(response);
    }
    assertThat(wrongShape.body()).contains("processInstanceIds");
  }

  @Test
  void halfASurrogatePairIsRefusedByNameNotStoredAsAQuestionMark() {
    String body = no.klyngeprogrammet.support.RestVariables.body(validForm(1))
        .replace("\"Blå Vekst Ærøy 1\"", "\"Blå Vekst \\ud800\"");
    var response = http.postJson(START, body, "Authorization", Http.basic(APPLICANT, PASSWORD));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"clusterName\"", "inneholder tegn som ikke er gyldig Unicode");
    assertThat(count("select count(*) from application_case")).isZero();
  }

  @Test
  void aTaskCompletedTwiceGets404TheSecondTime() {
    var task = taskService.newTask();
    task.setName("Prøveoppgave");
    taskService.saveTask(task);
    String auth = Http.basic("admin", "test-admin");

    var first = http.postJson("/engine-rest/task/" + task.getId() + "/complete", "{}", "Authorization", auth);
    var second = http.postJson("/engine-rest/task/" + task.getId() + "/complete", "{}", "Authorization", auth);

    assertThat(first.statusCode()).isEqualTo(204);
    assertThat(second.statusCode()).isEqualTo(404);
    assertThat(second.body()).contains("Oppgaven finnes ikke, eller den er allerede fullført.");
    withoutInternals(second);
  }

  @Test
  void aTaskAnotherHasClaimedGets409NamingWhoHasItOnBothDoors() {
    ensureUser("officer1", ProgrammeGroups.CASE_OFFICERS);
    var task = taskService.newTask();
    task.setName("Prøveoppgave");
    taskService.saveTask(task);
    taskService.claim(task.getId(), "officer1");
    String auth = Http.basic("admin", "test-admin");

    var claimed = http.postJson("/engine-rest/task/" + task.getId() + "/claim", "{\"userId\": \"admin\"}",
        "Authorization", auth);

    Http tasklist = new Http(port);
    assertThat(tasklist.loginToTasklist("admin", "test-admin").statusCode()).isEqualTo(200);
    var claimedInTasklist = tasklist.postJson("/camunda/api/engine/engine/default/task/" + task.getId() + "/claim",
        "{\"userId\": \"admin\"}", "X-XSRF-TOKEN", tasklist.cookie("XSRF-TOKEN"));

    for (var answer : java.util.List.of(claimed, claimedInTasklist)) {
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(409);
      assertThat(answer.body()).contains("Oppgaven er allerede tatt av officer1.");
      withoutInternals(answer);
    }
    assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo("officer1");
  }
}
