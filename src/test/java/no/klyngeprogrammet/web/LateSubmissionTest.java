package no.klyngeprogrammet.web;

import static no.klyngeprogrammet.support.TestApplications.validForm;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import no.klyngeprogrammet.call.CallVariables;
import no.klyngeprogrammet.identity.ProgrammeGroups;
import no.klyngeprogrammet.support.Http;
import no.klyngeprogrammet.support.IntegrationTest;
import no.klyngeprogrammet.support.RestVariables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A submission after the call's intake has closed is told that the deadline has passed, with its
 * date and time, on Tasklist's REST path and on the public page alike; a year without any call
 * says there is no call.
 */
class LateSubmissionTest extends IntegrationTest {

  static final String APPLICANT = "senesoker";
  static final String PASSWORD = "sen-passord";
  static final String START = "/engine-rest/process-definition/key/ClusterApplication/submit-form";
  static final String DEADLINE_PASSED = "Søknadsfrist (call): søknadsfristen 15. september 2027 kl. 12:00 har gått ut";

  @LocalServerPort int port;
  Http http;

  @BeforeEach
  void callWhoseIntakeHasClosed() {
    ensureUser(APPLICANT, ProgrammeGroups.APPLICANTS, PASSWORD);
    setClock(oslo("2027-09-01T10:00"));
    runtimeService.startProcessInstanceByKey(CallVariables.PROCESS_KEY,
        Map.of(CallVariables.CALL_TITLE, "Utlysning 2027", CallVariables.DEADLINE_LOCAL, "2027-09-15T12:00"));
    http = new Http(port);
  }

  void closeIntakeAt(String localDateTime) {
    setClock(oslo(localDateTime));
    executeDueJobs();
    assertThat(count("select count(*) from cluster_call where status = 'CLOSED'")).isEqualTo(1);
  }

  HttpResponse<String> throughRest() {
    return http.postJson(START, RestVariables.body(validForm(1)), "Authorization", Http.basic(APPLICANT, PASSWORD));
  }

  HttpResponse<String> throughThePublicPage() {
    http.get("/soknad", "X-Forwarded-For", "198.51.100.77");
    return http.postJson("/api/soknad", PublicApplicationTest.json(validForm(2)), "X-XSRF-TOKEN",
        http.cookie(CsrfTokens.COOKIE), "X-Forwarded-For", "198.51.100.77");
  }

  @Test
  void afterIntakeHasClosedTheApplicantIsToldTheDeadlineHasPassed() {
    closeIntakeAt("2027-09-15T12:00:05");

    for (var response : List.of(throughRest(), throughThePublicPage())) {
      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(response.body()).contains(DEADLINE_PASSED).doesNotContain("ingen åpen utlysning");
    }
    assertThat(count("select count(*) from application_case")).isZero();
  }

  @Test
  void weeksLaterTheSameYearTheDeadlineIsStillNamed() {
    closeIntakeAt("2027-09-15T12:00:05");
    setClock(oslo("2027-11-20T09:00"));

    for (var response : List.of(throughRest(), throughThePublicPage())) {
      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(response.body()).contains(DEADLINE_PASSED);
    }
  }

  @Test
  void inAYearWithoutAnyCallTheApplicantIsToldThereIsNoOpenCall() {
    closeIntakeAt("2027-09-15T12:00:05");
    setClock(oslo("2028-02-01T09:00"));

    for (var response : List.of(throughRest(), throughThePublicPage())) {
      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(response.body()).contains("Utlysning (call): det er ingen åpen utlysning å søke på nå")
          .doesNotContain("søknadsfristen");
    }
  }
}
