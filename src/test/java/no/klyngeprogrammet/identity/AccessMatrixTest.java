package no.klyngeprogrammet.identity;

import static no.klyngeprogrammet.support.TestApplications.validForm;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.klyngeprogrammet.call.CallVariables;
import no.klyngeprogrammet.support.Http;
import no.klyngeprogrammet.support.IntegrationTest;
import no.klyngeprogrammet.support.RestVariables;
import org.junit.jupiter.api.Test;
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
    ROLES.put("admin", ProgrammeGroups.ADMINISTRATORS);
  }

  /** Columns, in the order of the expectations below. */
  static final List<String> COLUMNS = List.of(
      "start ClusterApplication", "start ClusterCall", "start ClusterComplaint", "start EvaluationRound",
      "process instances", "variables", "history", "deployments", "tasks", "registry");

  /**
   * 400 on a start: let through to the server's validation, which refused the empty form. An empty
   * round form is valid (the next round not yet started, with its configured due date): the case
   * officer starts one round and the administrator, asked later, the round of the year after.
   */
  static final Map<String, List<String>> EXPECTED = Map.of(
      "anonymous", List.of("401", "401", "401", "401", "401", "401", "401", "401", "401", "401"),
      "mxapplicant", List.of("400", "404", "404", "404", "[]", "[]", "[]", "[]", "[]", "403"),
      "mxofficer", List.of("403", "403", "400", "200", "[]", "[]", "[]", "[]", "[]", "200"),
      "mxreviewer", List.of("404", "404", "404", "404", "[]", "[]", "[]", "[]", "[]", "403"),
      "mxcouncil", List.of("403", "403", "404", "404", "[]", "[]", "[]", "[]", "[]", "403"),
      "mxmanager", List.of("404", "404", "404", "404", "[]", "[]", "[]", "[]", "[]", "403"),
      "admin", List.of("400", "400", "400", "200", "sees", "sees", "sees", "sees", "[]", "200"));

  @LocalServerPort int port;

  @Test
  void everyRoleGetsExactlyTheWrittenDownAnswer() {
    ROLES.forEach((user, group) -> {
      if (group != null && !user.equals("admin")) {
        ensureUser(user, group);
        var account = identityService.createUserQuery().userId(user).singleResult();
        account.setPassword(PASSWORD);
        identityService.saveUser(account);
      }
    });
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
