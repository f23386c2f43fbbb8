package no.klyngeprogrammet.identity;

import static no.klyngeprogrammet.support.TestApplications.validForm;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import no.klyngeprogrammet.call.CallVariables;
import no.klyngeprogrammet.support.Http;
import no.klyngeprogrammet.support.IntegrationTest;
import no.klyngeprogrammet.support.RestVariables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The REST API and the webapps' API as an applicant meets them. */
class EngineRestSecurityTest extends IntegrationTest {

  static final String APPLICANT = "restsoker";
  static final String PASSWORD = "hemmelig-ÆØÅ-1";

  @LocalServerPort int port;
  Http http;
  String basic;

  @BeforeEach
  void applicantAndOpenCall() {
    if (identityService.createUserQuery().userId(APPLICANT).count() == 0) {
      var user = identityService.newUser(APPLICANT);
      user.setPassword(PASSWORD);
      identityService.saveUser(user);
      identityService.createMembership(APPLICANT, ProgrammeGroups.APPLICANTS);
    }
    http = new Http(port);
    basic = Http.basic(APPLICANT, PASSWORD);
    runtimeService.startProcessInstanceByKey(CallVariables.PROCESS_KEY,
        Map.of(CallVariables.DEADLINE_LOCAL, java.time.LocalDate.now(OSLO).plusDays(30) + "T12:00"));
  }

  @Test
  void aCallWithoutCredentialsIsRefusedWith401() {
    assertThat(http.get("/engine-rest/process-instance").statusCode()).isEqualTo(401);
    assertThat(http.postJson("/engine-rest/process-definition/key/ClusterApplication/submit-form",
        RestVariables.body(validForm(1))).statusCode()).isEqualTo(401);
    assertThat(count("select count(*) from application_case")).isZero();
  }

  @Test
  void aWrongPasswordIsRefusedWith401() {
    String user = "restwrongpassword";
    if (identityService.createUserQuery().userId(user).count() == 0) {
      var account = identityService.newUser(user);
      account.setPassword("riktig");
      identityService.saveUser(account);
    }
    assertThat(http.get("/engine-rest/process-instance", "Authorization", Http.basic(user, "feil")).statusCode())
        .isEqualTo(401);
  }

  @Test
  void failedLoginsAreThrottled() {
    ensureUser("throttled", ProgrammeGroups.APPLICANTS);
    var user = identityService.createUserQuery().userId("throttled").singleResult();
    user.setPassword("riktig-passord");
    identityService.saveUser(user);
    String right = Http.basic("throttled", "riktig-passord");
    assertThat(http.get("/engine-rest/process-definition", "Authorization", right).statusCode()).isEqualTo(200);

    assertThat(http.get("/engine-rest/process-definition", "Authorization", Http.basic("throttled", "gjett")).statusCode())
        .isEqualTo(401);
    assertThat(http.get("/engine-rest/process-definition", "Authorization", right).statusCode())
        .as("right after a failed attempt even the right password waits").isEqualTo(401);

    setClock(java.time.Instant.now().plusSeconds(60));
    assertThat(http.get("/engine-rest/process-definition", "Authorization", right).statusCode()).isEqualTo(200);
  }

  @Test
  void anApplicantSubmitsThroughRestAndGetsTheCaseNumber() {
    var response = http.postJson("/engine-rest/process-definition/key/ClusterApplication/submit-form",
        RestVariables.body(validForm(1)), "Authorization", basic);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"businessKey\":\"NIC-");
    assertThat(jdbc.sql("select submitted_by from application_version").query(String.class).single()).isEqualTo(APPLICANT);
  }

  @Test
  void anApplicantCannotNameAnotherUserAsTheSubmitterThroughRest() {
    ensureUser("soker2", ProgrammeGroups.APPLICANTS);
    Map<String, Object> form = validForm(1);
    form.put("applicantUser", "soker2");

    var response = http.postJson("/engine-rest/process-definition/key/ClusterApplication/submit-form",
        RestVariables.body(form), "Authorization", basic);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"applicantUser\"",
        "settes til den innloggede brukeren og kan ikke sendes inn for en annen bruker");
    assertThat(count("select count(*) from application_case")).isZero();
    assertThat(count("select count(*) from application_version")).isZero();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("ClusterApplication").count()).isZero();
  }

  @Test
  void anApplicantMayNameThemselvesAsTheSubmitterThroughRest() {
    Map<String, Object> form = validForm(1);
    form.put("applicantUser", APPLICANT);

    var response = http.postJson("/engine-rest/process-definition/key/ClusterApplication/submit-form",
        RestVariables.body(form), "Authorization", basic);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(jdbc.sql("select submitted_by from application_version").query(String.class).single()).isEqualTo(APPLICANT);
  }

  @Test
  void onlyTheUserWhoSubmittedTheCaseMakesANewVersionThroughRest() {
    String submitForm = "/engine-rest/process-definition/key/ClusterApplication/submit-form";
    ensureUser("restsoker2", ProgrammeGroups.APPLICANTS);
    var other = identityService.createUserQuery().userId("restsoker2").singleResult();
    other.setPassword(PASSWORD);
    identityService.saveUser(other);
    assertThat(http.postJson(submitForm, RestVariables.body(validForm(1)), "Authorization", basic).statusCode())
        .isEqualTo(200);
    Map<String, Object> revised = validForm(1);
    revised.put("clusterName", "Revidert klynge");

    for (String[] auth : List.of(new String[] {"Authorization", Http.basic("restsoker2", PASSWORD)},
        new String[] {"Authorization", Http.basic("admin", "test-admin")})) {
      var refused = http.postJson(submitForm, RestVariables.body(revised), auth);
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
      assertThat(refused.body()).contains("\"field\":\"applicantOrgNumber\"",
          "Organisasjonen har allerede en søknad i denne utlysningen").doesNotContain("NIC-", "kontakt1@");
    }
    assertThat(count("select count(*) from application_version")).isEqualTo(1);

    var accepted = http.postJson(submitForm, RestVariables.body(revised), "Authorization", basic);
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
    assertThat(jdbc.sql("select cluster_name from application_version order by version").query(String.class).list())
        .containsExactly("Blå Vekst Ærøy 1", "Revidert klynge");
  }

  @Test
  void aStatusTokenSentAsAStoredVariableIsRefused() {
    Map<String, Object> form = validForm(1);
    form.put("statusToken", "en-lenke");

    var response = http.postJson("/engine-rest/process-definition/key/ClusterApplication/submit-form",
        RestVariables.body(form), "Authorization", basic);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"statusToken\"", "er ikke et felt i skjemaet");
    assertThat(count("select count(*) from application_version")).isZero();
  }

  @Test
  void anInvalidSubmissionThroughRestGets400WithEachFieldAndNothingIsStored() {
    Map<String, Object> form = validForm(1);
    form.put("applicantOrgNumber", "12345678A");
    form.put("contactEmail", "ikke-en-adresse");

    var response = http.postJson("/engine-rest/process-definition/key/ClusterApplication/submit-form",
        RestVariables.body(form), "Authorization", basic);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("\"field\":\"applicantOrgNumber\"", "kan bare inneholde sifre")
        .contains("\"field\":\"contactEmail\"", "må være en gyldig e-postadresse")
        .doesNotContain("at no.klyngeprogrammet", "Exception:");
    assertThat(count("select count(*) from application_case")).isZero();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("ClusterApplication").count()).isZero();
  }

  @Test
  void anApplicantCannotStartACallNorSeeOtherProcesses() {
    var start = http.postJson("/engine-rest/process-definition/key/ClusterCall/submit-form",
        RestVariables.body(Map.of(CallVariables.DEADLINE_LOCAL, "2099-01-01T12:00")), "Authorization", basic);
    assertThat(start.statusCode()).isEqualTo(404);
    assertThat(http.get("/engine-rest/process-definition", "Authorization", basic).body())
        .contains("\"key\":\"ClusterApplication\"").doesNotContain("\"key\":\"ClusterCall\"");
    assertThat(http.get("/engine-rest/process-instance", "Authorization", basic).body()).isEqualTo("[]");
  }

  @Test
  void aTaskCompletedThroughRestWithBrokenRulesGets400AndStaysOpen() {
    http.postJson("/engine-rest/process-definition/key/ClusterApplication/submit-form",
        RestVariables.body(validForm(1)), "Authorization", basic);
    setClock(java.time.Instant.now().plus(java.time.Duration.ofDays(31)));
    executeDueJobs();
    String taskId = processEngine.getTaskService().createTaskQuery().taskDefinitionKey("Task_ReviewFormalRejection")
        .singleResult().getId();
    String admin = Http.basic("admin", "test-admin");
    http.postJson("/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"admin\"}", "Authorization", admin);

    var response = http.postJson("/engine-rest/task/" + taskId + "/complete",
        "{\"variables\":{\"overruleFormalCheck\":{\"value\":true,\"type\":\"Boolean\"}}}", "Authorization", admin);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"overruleJustification\"",
        "må fylles ut når den formelle avvisningen overprøves");
    assertThat(processEngine.getTaskService().createTaskQuery().taskId(taskId).count()).isEqualTo(1);
  }

  @Test
  void tasklistsStartFormPathGetsTheSameClearMessage() {
    var login = http.postForm("/camunda/api/admin/auth/user/default/login/tasklist",
        "username=" + APPLICANT + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8),
        "X-XSRF-TOKEN", xsrfToken());
    assertThat(login.statusCode()).isEqualTo(200);
    http.get("/camunda/api/admin/auth/user/default");
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("ClusterApplication")
        .singleResult().getId();
    Map<String, Object> form = validForm(1);
    form.put("applicantOrgNumber", "974760674");

    var response = http.postJson("/camunda/api/engine/engine/default/process-definition/" + definitionId + "/submit-form",
        RestVariables.body(form), "X-XSRF-TOKEN", xsrfToken());

    assertThat(response.body()).contains(
        "Søkerorganisasjonens organisasjonsnummer (applicantOrgNumber): kontrollsifferet stemmer ikke (modulus 11)");
    assertThat(count("select count(*) from application_case")).isZero();
  }

  /** The webapps' CSRF token, issued per session: the login starts a new session and so a new token. */
  private String xsrfToken() {
    if (http.cookie("XSRF-TOKEN") == null) {
      http.get("/camunda/app/tasklist/");
    }
    return http.cookie("XSRF-TOKEN");
  }
}
