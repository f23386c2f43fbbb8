package no.klyngeprogrammet.application;

import static no.klyngeprogrammet.support.TestApplications.member;
import static no.klyngeprogrammet.support.TestApplications.validForm;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import no.klyngeprogrammet.call.CallVariables;
import no.klyngeprogrammet.identity.ProgrammeGroups;
import no.klyngeprogrammet.register.RegisterChecks;
import no.klyngeprogrammet.register.Stage;
import no.klyngeprogrammet.register.Standing;
import no.klyngeprogrammet.support.FakeRegister;
import no.klyngeprogrammet.support.Http;
import no.klyngeprogrammet.support.IntegrationTest;
import no.klyngeprogrammet.support.RestVariables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every organisation of a submission is looked up in Enhetsregisteret (the local fake,
 * {@link FakeRegister}), through the public page and through REST alike.
 */
class RegisterCheckAtSubmissionTest extends IntegrationTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String APPLICANT = "registersoker";
  static final String PASSWORD = "hemmelig-1";
  static final AtomicInteger ADDRESSES = new AtomicInteger();

  @Autowired RegisterChecks registerChecks;
  @Autowired DeferredStarts deferredStarts;
  @LocalServerPort int port;
  Http http;

  @BeforeEach
  void openCall() {
    ensureUser(APPLICANT, ProgrammeGroups.APPLICANTS, PASSWORD);
    setClock(oslo("2027-09-01T10:00"));
    runtimeService.startProcessInstanceByKey(CallVariables.PROCESS_KEY,
        Map.of(CallVariables.CALL_TITLE, "Utlysning 2027", CallVariables.DEADLINE_LOCAL, "2027-09-15T12:00"));
    http = new Http(port);
  }

  /**
   * Each public submission is its own browser, with its own page and token cookie: submissions sent
   * side by side from one cookie jar would overwrite each other's token between page and post.
   */
  HttpResponse<String> submitPublic(Map<String, Object> form) {
    String address = "192.0." + (2 + ADDRESSES.get() / 250) + "." + (ADDRESSES.incrementAndGet() % 250);
    Http browser = new Http(port);
    browser.get("/soknad", "X-Forwarded-For", address);
    try {
      return browser.postJson("/api/soknad", JSON.writeValueAsString(form),
          "X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN"), "X-Forwarded-For", address);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> submitRest(Map<String, Object> form) {
    return http.postJson("/engine-rest/process-definition/key/ClusterApplication/submit-form",
        RestVariables.body(form), "Authorization", Http.basic(APPLICANT, PASSWORD));
  }

  static Map<String, Object> withMember(int n, String name, String orgNumber) {
    Map<String, Object> form = validForm(n);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> members = new ArrayList<>((List<Map<String, Object>>) form.get("members"));
    members.add(member(name, orgNumber, "INDUSTRY"));
    form.put("members", members);
    return form;
  }

  static JsonNode fieldError(HttpResponse<String> response, String field) throws Exception {
    for (JsonNode error : JSON.readTree(response.body()).path("fieldErrors")) {
      if (error.path("field").asText().equals(field)) {
        return error;
      }
    }
    throw new AssertionError("No error for " + field + " in " + response.body());
  }

  @ParameterizedTest(name = "{0} through {3}")
  @CsvSource({
      FakeRegister.BANKRUPT + ", Konkursbo Fisk AS, KONKURSBO FISK AS (" + FakeRegister.BANKRUPT + ") er konkurs ifølge Enhetsregisteret, public",
      FakeRegister.BANKRUPT + ", Konkursbo Fisk AS, KONKURSBO FISK AS (" + FakeRegister.BANKRUPT + ") er konkurs ifølge Enhetsregisteret, rest",
      FakeRegister.UNDER_LIQUIDATION + ", Avvikling AS, AVVIKLING AS (" + FakeRegister.UNDER_LIQUIDATION + ") er under avvikling ifølge Enhetsregisteret, public",
      FakeRegister.UNDER_LIQUIDATION + ", Avvikling AS, AVVIKLING AS (" + FakeRegister.UNDER_LIQUIDATION + ") er under avvikling ifølge Enhetsregisteret, rest",
      FakeRegister.FORCED_DISSOLUTION + ", Tvang AS, TVANG AS (" + FakeRegister.FORCED_DISSOLUTION + ") er under tvangsavvikling eller tvangsoppløsning ifølge Enhetsregisteret, public",
      FakeRegister.FORCED_DISSOLUTION + ", Tvang AS, TVANG AS (" + FakeRegister.FORCED_DISSOLUTION + ") er under tvangsavvikling eller tvangsoppløsning ifølge Enhetsregisteret, rest",
      FakeRegister.DELETED + ", Borte AS, Borte AS (" + FakeRegister.DELETED + ") er slettet i Enhetsregisteret 1. mars 2024, public",
      FakeRegister.DELETED + ", Borte AS, Borte AS (" + FakeRegister.DELETED + ") er slettet i Enhetsregisteret 1. mars 2024, rest",
      FakeRegister.UNKNOWN + ", Ukjent AS, Ukjent AS (" + FakeRegister.UNKNOWN + ") finnes ikke i Enhetsregisteret, public",
      FakeRegister.UNKNOWN + ", Ukjent AS, Ukjent AS (" + FakeRegister.UNKNOWN + ") finnes ikke i Enhetsregisteret, rest",
      FakeRegister.SUB_UNIT + ", Nordlys Trondheim, Nordlys Trondheim (" + FakeRegister.SUB_UNIT + ") er en underenhet i Enhetsregisteret: oppgi hovedenhetens organisasjonsnummer " + FakeRegister.ACTIVE_COMPANY + ", public",
      FakeRegister.SUB_UNIT + ", Nordlys Trondheim, Nordlys Trondheim (" + FakeRegister.SUB_UNIT + ") er en underenhet i Enhetsregisteret: oppgi hovedenhetens organisasjonsnummer " + FakeRegister.ACTIVE_COMPANY + ", rest",
  })
  void aMemberTheRegisterRefusesIsNamedWithTheReasonAndNothingIsStored(String orgNumber, String name, String message,
      String channel) throws Exception {
    var form = withMember(1, name, orgNumber);

    var response = channel.equals("public") ? submitPublic(form) : submitRest(form);

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode error = fieldError(response, "members[4].orgNumber");
    assertThat(error.path("label").asText()).isEqualTo("Medlem 5: organisasjonsnummer");
    assertThat(error.path("message").asText()).endsWith(message);
    assertThat(count("select count(*) from application_case")).isZero();
    assertThat(count("select count(*) from register_check")).isZero();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("ClusterApplication").count()).isZero();
  }

  @Test
  void anApplicantOrganisationTheRegisterDoesNotKnowIsRefusedOnItsField() throws Exception {
    Map<String, Object> form = validForm(1);
    form.put("applicantOrgNumber", FakeRegister.UNKNOWN);

    var response = submitPublic(form);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(fieldError(response, "applicantOrgNumber").path("message").asText())
        .endsWith("Søker 1 AS (" + FakeRegister.UNKNOWN + ") finnes ikke i Enhetsregisteret");
    assertThat(count("select count(*) from application_case")).isZero();
  }

  @Test
  void theRegistersFactsAreKeptBesideWhatTheApplicantTyped() {
    var form = withMember(1, "Nordlys Teknologi", FakeRegister.ACTIVE_COMPANY);

    var publicAnswer = submitPublic(form);
    var restAnswer = submitRest(withMember(2, "Nordlys Teknologi", FakeRegister.ACTIVE_COMPANY));

    assertThat(publicAnswer.statusCode()).isEqualTo(201);
    assertThat(restAnswer.statusCode()).isEqualTo(200);
    var caseNumber = jdbc.sql("select case_number from application_case order by case_number").query(String.class).list();
    assertThat(caseNumber).hasSize(2);
    for (String number : caseNumber) {
      var checks = registerChecks.of(number, 1, Stage.SUBMISSION);
      assertThat(checks).hasSize(5);
      var company = checks.get(FakeRegister.ACTIVE_COMPANY);
      assertThat(company.standing()).isEqualTo(Standing.ACTIVE);
      assertThat(company.unit().name()).isEqualTo("NORDLYS TEKNOLOGI AS");
      assertThat(company.unit().orgForm()).isEqualTo("AS");
      assertThat(company.unit().sectorCode()).isEqualTo("2100");
      assertThat(company.unit().naceCode()).isEqualTo("62.010");
      assertThat(company.unit().municipality()).isEqualTo("BERGEN");
      assertThat(company.unit().county()).isEqualTo("Vestland");
      assertThat(company.unit().employees()).isEqualTo(42);
      // What the applicant typed stays in the snapshot.
      assertThat(jdbc.sql("select snapshot from application_version where case_number = ?").param(number)
          .query(String.class).single()).contains("Nordlys Teknologi\"");
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({FakeRegister.SLOW, FakeRegister.FAILING, FakeRegister.HUGE, FakeRegister.MALFORMED})
  void aRegisterThatCannotAnswerRefusesNothingAndTheMemberIsMarkedUnchecked(String orgNumber) {
    var publicAnswer = submitPublic(withMember(1, "Uviss AS", orgNumber));
    var restAnswer = submitRest(withMember(2, "Uviss AS", orgNumber));

    assertThat(publicAnswer.statusCode()).isEqualTo(201);
    assertThat(restAnswer.statusCode()).isEqualTo(200);
    assertThat(jdbc.sql("select standing from register_check where org_number = ?").param(orgNumber)
        .query(String.class).list()).containsExactly("UNREACHABLE", "UNREACHABLE");
  }

  @Test
  void anOutageDuringARushOf200SubmissionsRefusesNoneLosesNoneAndEveryCaseIsCheckedWhenTheRegisterIsBack()
      throws Exception {
    FakeRegister.outage();
    ExecutorService clients = Executors.newFixedThreadPool(8);
    List<Future<HttpResponse<String>>> answers = new ArrayList<>();
    for (int n = 1; n <= 200; n++) {
      Map<String, Object> form = validForm(500 + n);
      boolean publicPage = n % 2 == 0;
      answers.add(clients.submit(() -> publicPage ? submitPublic(form) : submitRest(form)));
    }
    for (var answer : answers) {
      assertThat(answer.get().statusCode()).isIn(200, 201);
    }
    clients.shutdown();
    assertThat(count("select count(*) from application_case")).isEqualTo(200);
    assertThat(count("select count(distinct case_number) from register_check where standing = 'UNREACHABLE'"))
        .isEqualTo(200);
    // The public page's submissions that found the intake busy start after their answers.
    deferredStarts.waitingCases(200).forEach(deferredStarts::startCase);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ApplicationVariables.PROCESS_KEY)
        .count()).isEqualTo(200);

    FakeRegister.reset();
    var now = oslo("2027-09-01T10:00");
    for (int round = 1; round <= 20 && registerChecks.unchecked() > 0; round++) {
      now = now.plusSeconds(3600);
      setClock(now);
      registerChecks.recheckDue();
    }

    assertThat(registerChecks.unchecked()).isZero();
    assertThat(count("select count(*) from register_check where standing = 'ACTIVE'")).isEqualTo(800);
  }

  @Test
  void anUncheckedOrganisationIsTriedAgainLaterWithAGrowingWait() {
    submitPublic(withMember(1, "Nede AS", FakeRegister.FAILING));
    var first = nextAttempt();
    assertThat(first).isEqualTo(oslo("2027-09-01T10:01"));

    setClock(first);
    registerChecks.recheckDue();
    assertThat(nextAttempt()).isEqualTo(first.plusSeconds(120));

    setClock(first.plusSeconds(120));
    FakeRegister.activeCompany(FakeRegister.FAILING, "OPPE IGJEN AS");
    registerChecks.recheckDue();
    assertThat(jdbc.sql("select standing || ' ' || name from register_check where org_number = ?")
        .param(FakeRegister.FAILING).query(String.class).single()).isEqualTo("ACTIVE OPPE IGJEN AS");
  }

  private java.time.Instant nextAttempt() {
    return jdbc.sql("select next_attempt_at from register_check where org_number = ?").param(FakeRegister.FAILING)
        .query(java.time.OffsetDateTime.class).single().toInstant();
  }
}
