package no.klyngeprogrammet.identity;

import static no.klyngeprogrammet.support.TestApplications.validForm;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.klyngeprogrammet.call.CallVariables;
import no.klyngeprogrammet.complaint.ComplaintVariables;
import no.klyngeprogrammet.formal.FormalCheckVariables;
import no.klyngeprogrammet.support.Http;
import no.klyngeprogrammet.support.IntegrationTest;
import no.klyngeprogrammet.support.RestVariables;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every role, and no login at all, against the process starts, the REST resources that matter
 * and the registry. Each cell's expected answer is written down: a status code, or for a list
 * whether the caller sees the application's data ("sees") or an empty list ("[]").
 */
class AccessMatrixTest extends IntegrationTest {

  static final String PASSWORD = "matrise-passord";
  static final Map<String, String> ROLES = new LinkedHashMap<>();

  static {
    ROLES.put("anonymous", null);
    ROLES.put("mxapplicant", ProgrammeGroups.APPLICANTS);
    ROLES.put("mxofficer", ProgrammeGroups.CASE_OFFICERS);
    ROLES.put("mxreviewer", ProgrammeGroups.REVIEWERS);
    ROLES.put("mxcouncil", ProgrammeGroups.PROGRAMME_COUNCIL);
    ROLES.put("mxmanager", ProgrammeGroups.CLUSTER_MANAGERS);
    ROLES.put("mxappeals", ProgrammeGroups.APPEALS_BOARD);
    ROLES.put("admin", ProgrammeGroups.ADMINISTRATORS);
  }

  /** Columns, in the order of the expectations below. */
  static final List<String> COLUMNS = List.of(
      "start ClusterApplication", "start ClusterCall", "start ClusterComplaint", "start EvaluationRound",
      "process instances", "variables", "history", "deployments", "tasks", "registry");

  /**
   * 400 on a start: let through to the server's validation, which refused the empty form. An empty
   * round form is valid (the calendar's next round, with its configured due date): the case officer
   * starts that round, and the administrator, asked later, is let through and told it has started.
   */
  static final Map<String, List<String>> EXPECTED = Map.of(
      "anonymous", List.of("401", "401", "401", "401", "401", "401", "401", "401", "401", "401"),
      "mxapplicant", List.of("400", "404", "404", "404", "[]", "[]", "[]", "[]", "[]", "403"),
      "mxofficer", List.of("403", "403", "400", "200", "[]", "[]", "[]", "[]", "[]", "200"),
      "mxreviewer", List.of("404", "404", "404", "404", "[]", "[]", "[]", "[]", "[]", "403"),
      "mxcouncil", List.of("403", "403", "404", "404", "[]", "[]", "[]", "[]", "[]", "403"),
      "mxmanager", List.of("404", "404", "404", "404", "[]", "[]", "[]", "[]", "[]", "403"),
      "mxappeals", List.of("404", "404", "404", "404", "[]", "[]", "[]", "[]", "[]", "403"),
      "admin", List.of("400", "400", "400", "400", "sees", "sees", "sees", "sees", "[]", "200"));

  @Autowired FormService formService;
  @Autowired TaskService taskService;
  @LocalServerPort int port;

  void people() {
    ROLES.forEach((user, group) -> {
      if (group != null && !user.equals("admin")) {
        ensureUser(user, group);
        var account = identityService.createUserQuery().userId(user).singleResult();
        account.setPassword(PASSWORD);
        identityService.saveUser(account);
      }
    });
  }

  @Test
  void everyRoleGetsExactlyTheWrittenDownAnswer() {
    people();
    runtimeService.startProcessInstanceByKey(CallVariables.PROCESS_KEY,
        Map.of(CallVariables.DEADLINE_LOCAL, java.time.LocalDate.now(OSLO).plusDays(30) + "T12:00"));
    Http http = new Http(port);
    var submitted = http.postJson("/engine-rest/process-definition/key/ClusterApplication/submit-form",
        RestVariables.body(validForm(1)), "Authorization", Http.basic("mxapplicant", PASSWORD));
    assertThat(submitted.statusCode()).isEqualTo(200);

    List<String> mismatches = new ArrayList<>();
    ROLES.forEach((user, group) -> {
      String[] auth = user.equals("anonymous") ? new String[0]
          : new String[] {"Authorization", Http.basic(user, user.equals("admin") ? "test-admin" : PASSWORD)};
      List<String> actual = List.of(
          start(http, "ClusterApplication", auth),
          start(http, "ClusterCall", auth),
          start(http, "ClusterComplaint", auth),
          start(http, "EvaluationRound", auth),
          list(http, "/engine-rest/process-instance?processDefinitionKey=ClusterApplication", auth),
          list(http, "/engine-rest/variable-instance?variableName=contactEmail", auth),
          list(http, "/engine-rest/history/process-instance?processDefinitionKey=ClusterApplication", auth),
          list(http, "/engine-rest/deployment", auth),
          list(http, "/engine-rest/task", auth),
          String.valueOf(http.get("/api/registry", auth).statusCode()));
      for (int i = 0; i < COLUMNS.size(); i++) {
        if (!EXPECTED.get(user).get(i).equals(actual.get(i))) {
          mismatches.add(user + " / " + COLUMNS.get(i) + ": expected " + EXPECTED.get(user).get(i) + " but got "
              + actual.get(i));
        }
      }
    });
    assertThat(mismatches).isEmpty();
  }

  /** Columns of the appellate body's task, in the order of the expectations below. */
  static final List<String> APPEAL_COLUMNS = List.of("tasks", "task", "form variables", "task variables",
      "complaint's variables", "task history");

  /**
   * The complaint sent on to the appellate body: its task, with the case papers, is for that group
   * (and the administrator) alone; the case officers who sent it on see it no more than anyone else.
   */
  static final Map<String, List<String>> APPEAL_EXPECTED = Map.of(
      "anonymous", List.of("401", "401", "401", "401", "401", "401"),
      "mxapplicant", List.of("[]", "404", "403", "403", "[]", "[]"),
      "mxofficer", List.of("[]", "404", "403", "403", "[]", "[]"),
      "mxreviewer", List.of("[]", "404", "403", "403", "[]", "[]"),
      "mxcouncil", List.of("[]", "404", "403", "403", "[]", "[]"),
      "mxmanager", List.of("[]", "404", "403", "403", "[]", "[]"),
      "mxappeals", List.of("sees", "200", "200", "200", "[]", "[]"),
      "admin", List.of("sees", "200", "200", "200", "sees", "sees"));

  @Test
  void theAppellateBodysTaskIsForTheAppellateBodyAlone() {
    people();
    ensureUser("mxofficer2", ProgrammeGroups.CASE_OFFICERS);
    setClock(oslo("2027-09-01T10:00"));
    runtimeService.startProcessInstanceByKey(CallVariables.PROCESS_KEY,
        Map.of(CallVariables.DEADLINE_LOCAL, "2027-09-15T12:00"));
    String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey("ClusterApplication")
        .latestVersion().singleResult().getId();
    String caseNumber = formService.submitStartForm(definition, validForm(1)).getBusinessKey();
    setClock(oslo("2027-09-15T12:00"));
    executeDueJobs();
    var formal = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
    taskService.claim(formal.getId(), "mxofficer2");
    taskService.complete(formal.getId(), Map.of(FormalCheckVariables.OVERRULE, false));
    executeDueJobs();
    setClock(oslo("2027-09-20T10:00"));
    identityService.setAuthentication("mxofficer", List.of(ProgrammeGroups.CASE_OFFICERS));
    String complaint;
    try {
      complaint = runtimeService.startProcessInstanceByKey(ComplaintVariables.PROCESS_KEY, Map.of(
          ComplaintVariables.CASE_NUMBER, caseNumber, ComplaintVariables.RECEIVED_ON, "2027-09-20",
          ComplaintVariables.COMPLAINT_TEXT, "Vi mener medlemslisten ble lest feil.")).getId();
    } finally {
      identityService.clearAuthentication();
    }
    var assess = taskService.createTaskQuery().processInstanceId(complaint).singleResult();
    taskService.claim(assess.getId(), "mxofficer");
    taskService.complete(assess.getId(), Map.of(ComplaintVariables.JUSTIFICATION, "Medlemslisten ble lest riktig."));
    executeDueJobs();
    String appeal = taskService.createTaskQuery().processInstanceId(complaint).taskDefinitionKey("Task_DecideAppeal")
        .singleResult().getId();

    Http http = new Http(port);
    List<String> mismatches = new ArrayList<>();
    ROLES.forEach((user, group) -> {
      String[] auth = user.equals("anonymous") ? new String[0]
          : new String[] {"Authorization", Http.basic(user, user.equals("admin") ? "test-admin" : PASSWORD)};
      List<String> actual = List.of(
          list(http, "/engine-rest/task?taskDefinitionKey=Task_DecideAppeal", auth),
          String.valueOf(http.get("/engine-rest/task/" + appeal, auth).statusCode()),
          String.valueOf(http.get("/engine-rest/task/" + appeal + "/form-variables", auth).statusCode()),
          String.valueOf(http.get("/engine-rest/task/" + appeal + "/variables", auth).statusCode()),
          list(http, "/engine-rest/variable-instance?processInstanceIdIn=" + complaint, auth),
          list(http, "/engine-rest/history/task?taskDefinitionKey=Task_DecideAppeal", auth));
      for (int i = 0; i < APPEAL_COLUMNS.size(); i++) {
        if (!APPEAL_EXPECTED.get(user).get(i).equals(actual.get(i))) {
          mismatches.add(user + " / " + APPEAL_COLUMNS.get(i) + ": expected " + APPEAL_EXPECTED.get(user).get(i)
              + " but got " + actual.get(i));
        }
      }
    });
    assertThat(mismatches).isEmpty();
  }

  private static String start(Http http, String key, String... auth) {
    return String.valueOf(http.postJson("/engine-rest/process-definition/key/" + key + "/submit-form",
        "{\"variables\":{}}", auth).statusCode());
  }

  private static String list(Http http, String path, String... auth) {
    var response = http.get(path, auth);
    if (response.statusCode() != 200) {
      return String.valueOf(response.statusCode());
    }
    return response.body().equals("[]") ? "[]" : "sees";
  }
}
