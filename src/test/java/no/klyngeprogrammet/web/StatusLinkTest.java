package no.klyngeprogrammet.web;

import static no.klyngeprogrammet.support.TestApplications.eligibleForm;
import static no.klyngeprogrammet.support.TestApplications.validForm;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.klyngeprogrammet.call.CallVariables;
import no.klyngeprogrammet.complaint.ComplaintVariables;
import no.klyngeprogrammet.formal.FormalCheckVariables;
import no.klyngeprogrammet.identity.ProgrammeGroups;
import no.klyngeprogrammet.monitoring.CaseMetrics;
import no.klyngeprogrammet.review.ReviewVariables;
import no.klyngeprogrammet.status.CaseState;
import no.klyngeprogrammet.status.CaseStates;
import no.klyngeprogrammet.support.Http;
import no.klyngeprogrammet.support.IntegrationTest;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The status page behind the personal link: the case's state through the whole case, the letters
 * to the applicant and nothing else, and the same answer for every link that opens nothing.
 */
class StatusLinkTest extends IntegrationTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final Pattern STATUS_LINK = Pattern.compile("http://localhost:8080(/status/[A-Za-z0-9_-]{43})");
  static final String OFFICER = "statusofficer";
  static final String SECOND_OFFICER = "statusofficer2";
  static final String APPEALS_OFFICER = "statusappeal";
  static final String APPLICANT = "statusapplicant";
  static final String PASSWORD = "status-passord-1";
  static final List<String> REVIEWERS = List.of("statusrev1", "statusrev2", "statusrev3");

  @Autowired TaskService taskService;
  @Autowired CaseStates caseStates;
  @Autowired MeterRegistry meterRegistry;
  @LocalServerPort int port;
  Http http;

  @BeforeEach
  void openCallAndUsers() {
    ensureUser(OFFICER, ProgrammeGroups.CASE_OFFICERS);
    ensureUser(APPLICANT, ProgrammeGroups.APPLICANTS);
    for (String id : List.of(OFFICER, APPLICANT)) {
      var user = identityService.createUserQuery().userId(id).singleResult();
      user.setPassword(PASSWORD);
      identityService.saveUser(user);
    }
    REVIEWERS.forEach(id -> ensureUser(id, ProgrammeGroups.REVIEWERS));
    setClock(oslo("2027-09-01T10:00"));
    runtimeService.startProcessInstanceByKey(CallVariables.PROCESS_KEY,
        Map.of(CallVariables.CALL_TITLE, "Utlysning 2027", CallVariables.DEADLINE_LOCAL, "2027-09-15T12:00"));
    http = new Http(port);
  }

  /** Submits through the public page and returns the status link from the answer. */
  String submit(Map<String, Object> form) throws Exception {
    http.get("/soknad");
    var response = http.postJson("/api/soknad", JSON.writeValueAsString(form),
        "X-XSRF-TOKEN", http.cookie(CsrfTokens.COOKIE));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return JSON.readTree(response.body()).get("statusUrl").asText();
  }

  String page(String link) {
    var response = http.get(link);
    assertThat(response.statusCode()).as(link).isEqualTo(200);
    return response.body();
  }

  static String state(String page) {
    Matcher state = Pattern.compile("<strong id=\"status\">([^<]*)</strong>").matcher(page);
    assertThat(state.find()).isTrue();
    return state.group(1);
  }

  List<String> mailedLinks(String subjectStart) {
    return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> subject(m).startsWith(subjectStart))
        .map(m -> {
          Matcher link = STATUS_LINK.matcher(body(m));
          assertThat(link.find()).isTrue();
          return link.group(1);
        }).toList();
  }

  static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String body(MimeMessage message) {
    try {
      return ((String) message.getContent()).replace("\r\n", "\n");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> asStaff(String user, String path) {
    return http.postJson(path, "", "Authorization", Http.basic(user, PASSWORD));
  }

  void completeAsOfficer(String caseNumber, String taskKey, Map<String, Object> variables) {
    var task = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(taskKey)
        .singleResult();
    taskService.claim(task.getId(), OFFICER);
    taskService.complete(task.getId(), variables);
  }

  @Test
  void thePageFollowsTheCaseFromReceiptToTheAnsweredComplaint() throws Exception {
    String rejected = submit(validForm(1));
    String reviewed = submit(eligibleForm(2));
    assertThat(state(page(rejected))).isEqualTo("Mottatt");
    assertThat(page(rejected)).as("until the deadline the link proves the case is theirs for a new version")
        .contains("<a id=\"ny-versjon\" href=\"/soknad#statuslenke=" + rejected.substring("/status/".length()) + "\">"
            + "Send inn en ny versjon</a>");
    executeDueJobs();
    assertThat(page(rejected)).contains("Kvittering for mottatt søknad", "1. september 2027 kl. 10:00");

    setClock(oslo("2027-09-15T12:00"));
    executeDueJobs();
    assertThat(state(page(rejected))).as("the deficient one waits for the case officer").isEqualTo("Formell vurdering");
    assertThat(page(rejected)).as("no new version after the deadline").doesNotContain("Send inn en ny versjon");
    String underReview = page(reviewed);
    assertThat(state(underReview)).isEqualTo("Fagvurdering");

    setClock(oslo("2027-09-16T09:00"));
    completeAsOfficer("NIC-2027-0002", "Task_AssignReviewers", Map.of(ReviewVariables.SELECTED_REVIEWERS, REVIEWERS));
    executeDueJobs();
    String assigned = page(reviewed);
    assertThat(state(assigned)).isEqualTo("Fagvurdering");
    for (String reviewer : REVIEWERS) {
      assertThat(assigned).doesNotContain(reviewer);
    }
    assertThat(assigned).doesNotContain(OFFICER, "Testesen", "@programmet.no", "NIC-2027-0001", "Søker 1 AS");

    completeAsOfficer("NIC-2027-0001", "Task_ReviewFormalRejection", Map.of(FormalCheckVariables.OVERRULE, false));
    executeDueJobs();
    String decided = page(rejected);
    assertThat(state(decided)).isEqualTo("Vedtak fattet");
    assertThat(decided).contains("Vedtak: avvist etter formell vurdering", "16. september 2027 kl. 09:00")
        .doesNotContain("NIC-2027-0002");

    setClock(oslo("2027-09-20T10:00"));
    identityService.setAuthentication(OFFICER, List.of(ProgrammeGroups.CASE_OFFICERS));
    try {
      runtimeService.startProcessInstanceByKey(ComplaintVariables.PROCESS_KEY, Map.of(
          ComplaintVariables.CASE_NUMBER, "NIC-2027-0001", ComplaintVariables.RECEIVED_ON, "2027-09-20",
          ComplaintVariables.COMPLAINT_TEXT, "Vi mener medlemslisten ble lest feil."));
    } finally {
      identityService.clearAuthentication();
    }
    executeDueJobs();
    assertThat(state(page(rejected))).isEqualTo("Klage til behandling");
    assertThat(cases("complaint")).isEqualTo(1);

    setClock(oslo("2027-09-27T10:00"));
    ensureUser(SECOND_OFFICER, ProgrammeGroups.CASE_OFFICERS);
    var assess = taskService.createTaskQuery().taskDefinitionKey("Task_AssessComplaint").singleResult();
    taskService.claim(assess.getId(), SECOND_OFFICER);
    taskService.complete(assess.getId(), Map.of(ComplaintVariables.CHANGE_DECISION, false,
        ComplaintVariables.JUSTIFICATION, "Medlemslisten ble lest riktig."));
    executeDueJobs();
    String forwarded = page(rejected);
    assertThat(forwarded).as("the first answer is listed as sent").contains("Svar på klage");
    assertThat(state(forwarded)).as("upheld and sent on to the appellate body, so still open")
        .isEqualTo("Klage til behandling");
    assertThat(forwarded).contains("klageinstansen");
    assertThat(cases("complaint")).isEqualTo(1);

    setClock(oslo("2027-10-11T10:00"));
    ensureUser(APPEALS_OFFICER, ProgrammeGroups.APPEALS_BOARD);
    var appeal = taskService.createTaskQuery().taskDefinitionKey("Task_DecideAppeal").singleResult();
    taskService.claim(appeal.getId(), APPEALS_OFFICER);
    taskService.complete(appeal.getId(), Map.of(ComplaintVariables.APPEAL_JUSTIFICATION,
        "Kravet til medlemmer fra næringslivet er ikke oppfylt."));
    executeDueJobs();
    assertThat(page(rejected)).as("a finally answered complaint is no longer open: the page and the metrics agree")
        .contains("Svar på klage", "Klageinstansens vedtak", "11. oktober 2027 kl. 10:00");
    assertThat(state(page(rejected))).isEqualTo("Vedtak fattet");
    assertThat(caseStates.of("NIC-2027-0001")).contains(CaseState.DECIDED);
    assertThat(cases("complaint")).isZero();
    assertThat(cases("decided")).isEqualTo(1);
  }

  double cases(String state) {
    return meterRegistry.get(CaseMetrics.CASES).tag("state", state).gauge().value();
  }

  @Test
  void aCaseOfficerRevokesTheLinksAndSendsANewOne() throws Exception {
    String answered = submit(validForm(1));
    executeDueJobs();
    String mailed = mailedLinks("Kvittering").get(0);
    String revoke = "/api/saker/NIC-2027-0001/statuslenke/tilbakekall";

    assertThat(http.postJson(revoke, "").statusCode()).isEqualTo(401);
    assertThat(asStaff(APPLICANT, revoke).statusCode()).isEqualTo(403);
    assertThat(http.postJson(revoke, "", "Authorization", Http.basic(OFFICER, PASSWORD), "Sec-Fetch-Site", "cross-site")
        .statusCode()).as("a form posted by another site with the browser's remembered login").isEqualTo(403);
    page(answered);
    page(mailed);

    var revoked = asStaff(OFFICER, revoke);
    assertThat(revoked.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(revoked.body()).get("revokedLinks").asInt()).isEqualTo(2);
    assertThat(count("select count(*) from status_link where revoked_by = ?", OFFICER)).isEqualTo(2);

    var revokedAnswer = http.get(answered);
    var revokedMail = http.get(mailed);
    var wrong = http.get("/status/" + "x".repeat(43));
    var missing = http.get("/status/");
    var bare = http.get("/status");
    for (var response : List.of(revokedAnswer, revokedMail, wrong, missing, bare)) {
      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(response.body()).isEqualTo(wrong.body()).contains(StatusController.NO_SUCH_LINK)
          .doesNotContain("NIC-2027-0001", "Exception", "at org.");
    }

    var sent = asStaff(OFFICER, "/api/saker/NIC-2027-0001/statuslenke");
    assertThat(sent.statusCode()).isEqualTo(201);
    JsonNode body = JSON.readTree(sent.body());
    assertThat(body.get("sentTo").asText()).isEqualTo("kontakt1@sokerklynge.no");
    List<String> newLinks = mailedLinks("Ny lenke til saken NIC-2027-0001");
    assertThat(newLinks).hasSize(1);
    String fresh = page(newLinks.get(0));
    assertThat(state(fresh)).isEqualTo("Mottatt");
    assertThat(fresh).contains("Ny lenke til saken");
    assertThat(http.get(mailed).statusCode()).as("the revoked link stays revoked").isEqualTo(404);

    assertThat(asStaff(OFFICER, "/api/saker/NIC-2027-9999/statuslenke").statusCode()).isEqualTo(404);
    assertThat(asStaff(OFFICER, "/api/saker/NIC-2027-9999/statuslenke/tilbakekall").statusCode()).isEqualTo(404);
  }
}
