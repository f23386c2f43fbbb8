package no.klyngeprogrammet.web;

import static no.klyngeprogrammet.support.TestApplications.validForm;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.text.NumberFormat;
import java.util.Map;
import java.util.regex.Matcher;
import no.klyngeprogrammet.call.CallVariables;
import no.klyngeprogrammet.config.NorwegianFormat;
import no.klyngeprogrammet.identity.ProgrammeGroups;
import no.klyngeprogrammet.support.Http;
import no.klyngeprogrammet.support.IntegrationTest;
import no.klyngeprogrammet.support.RestVariables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The amount applied for is held to the level's configured ceiling on Tasklist's REST path and on
 * the public page, and a number that no whole-number type can hold is refused naming the field.
 */
class AmountAppliedTest extends IntegrationTest {

  static final String APPLICANT = "belopsoker";
  static final String PASSWORD = "belop-passord";
  static final String START = "/engine-rest/process-definition/key/ClusterApplication/submit-form";
  static final String ARENA_CEILING =
      "Omsøkt beløp per år (amountApplied): kan være høyst " + NorwegianFormat.kroner(3_000_000) + " per år for nivået Arena";

  @LocalServerPort int port;
  Http http;

  @BeforeEach
  void applicantAndOpenCall() {
    ensureUser(APPLICANT, ProgrammeGroups.APPLICANTS, PASSWORD);
    runtimeService.startProcessInstanceByKey(CallVariables.PROCESS_KEY,
        Map.of(CallVariables.DEADLINE_LOCAL, java.time.LocalDate.now(OSLO).plusDays(30) + "T12:00"));
    http = new Http(port);
  }

  HttpResponse<String> throughRest(String amountApplied) {
    Map<String, Object> form = validForm(1);
    form.put("budgetPerYear", 4_000_000_000L);
    String body = RestVariables.body(form).replaceFirst("\"amountApplied\":\\{[^}]*\\}",
        Matcher.quoteReplacement("\"amountApplied\":" + amountApplied));
    assertThat(body).contains(amountApplied);
    return http.postJson(START, body, "Authorization", Http.basic(APPLICANT, PASSWORD));
  }

  HttpResponse<String> throughThePublicPage(String amountApplied) {
    Map<String, Object> form = validForm(2);
    form.put("budgetPerYear", 4_000_000_000L);
    String json = PublicApplicationTest.json(form).replace("\"amountApplied\":2000000", "\"amountApplied\":" + amountApplied);
    http.get("/soknad", "X-Forwarded-For", "198.51.100.88");
    return http.postJson("/api/soknad", json, "X-XSRF-TOKEN", http.cookie(CsrfTokens.COOKIE),
        "X-Forwarded-For", "198.51.100.88");
  }

  static String grouped(long number) {
    return NumberFormat.getIntegerInstance(NorwegianFormat.BOKMAL).format(number);
  }

  static void refusedNaming(HttpResponse<String> response, String... texts) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"amountApplied\"").contains(texts)
        .doesNotContain("java.", "com.fasterxml", "org.camunda", "at no.klyngeprogrammet");
  }

  @Test
  void anAmountAboveTheLevelsCeilingIsRefusedWithTheLimitOnEveryChannel() {
    refusedNaming(throughRest("{\"value\": 2147483648, \"type\": \"Long\"}"), ARENA_CEILING);
    refusedNaming(throughRest("{\"value\": 2147483647, \"type\": \"Integer\"}"), ARENA_CEILING);
    refusedNaming(throughRest("{\"value\": 3000001, \"type\": \"Integer\"}"), ARENA_CEILING);
    refusedNaming(throughThePublicPage("2147483648"), ARENA_CEILING);
    refusedNaming(throughThePublicPage("3000001"), ARENA_CEILING);

    assertThat(count("select count(*) from application_case")).isZero();
    assertThat(throughRest("{\"value\": 3000000, \"type\": \"Integer\"}").statusCode()).isEqualTo(200);
    assertThat(throughThePublicPage("3000000").statusCode()).isEqualTo(201);
  }

  @Test
  void aNumberNoWholeNumberTypeHoldsOrAnAmountInTextIsRefusedNamingTheField() {
    refusedNaming(throughRest("{\"value\": 2147483648, \"type\": \"Integer\"}"),
        "må være et helt tall fra " + grouped(Integer.MIN_VALUE) + " til " + grouped(Integer.MAX_VALUE) + " (typen Integer)");
    refusedNaming(throughRest("{\"value\": 9223372036854775808, \"type\": \"Long\"}"), "(typen Long)");
    refusedNaming(throughRest("{\"value\": \"9223372036854775808\", \"type\": \"Long\"}"), "(typen Long)");
    refusedNaming(throughRest("{\"value\": 40000, \"type\": \"Short\"}"), "(typen Short)");
    refusedNaming(throughRest("{\"value\": 2500000.5, \"type\": \"Integer\"}"), "må være et helt tall");
    refusedNaming(throughRest("{\"value\": 1e400, \"type\": \"Double\"}"), "er for stort til å leses som et tall");
    refusedNaming(throughRest("{\"value\": \"2147483648\", \"type\": \"String\"}"), "må være et tall (hele kroner)");
    refusedNaming(throughRest("{\"value\": 1e30, \"type\": \"Double\"}"), "kan ikke være over 10 milliarder kroner");
    refusedNaming(throughThePublicPage("99999999999999999999999999"), "kan ikke være over 10 milliarder kroner");
    refusedNaming(throughThePublicPage("\"2147483648\""), "må være et tall (hele kroner)");

    assertThat(count("select count(*) from application_case")).isZero();
  }
}
