package no.klyngeprogrammet.web;

import static no.klyngeprogrammet.support.TestApplications.validForm;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.klyngeprogrammet.application.StatusLinks;
import no.klyngeprogrammet.call.CallVariables;
import no.klyngeprogrammet.support.Http;
import no.klyngeprogrammet.support.IntegrationTest;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

/**
 * The public application page and its endpoint, over real HTTP: what a browser or a script without
 * an account gets, on success and on every kind of refusal, and that a refusal stores nothing.
 */
class PublicApplicationTest extends IntegrationTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final Pattern STATUS_LINK = Pattern.compile("http://localhost:8080(/status/[A-Za-z0-9_-]{43})");
  /** Every test comes from an address of its own, so that no test spends another's allowance. */
  static final AtomicInteger ADDRESSES = new AtomicInteger();

  @Autowired PublicProperties properties;
  @Autowired StatusLinks statusLinks;
  @LocalServerPort int port;
  Http http;
  String address;

  @BeforeEach
  void openCall() {
    setClock(oslo("2027-09-01T10:00"));
    runtimeService.startProcessInstanceByKey(CallVariables.PROCESS_KEY,
        Map.of(CallVariables.CALL_TITLE, "Utlysning 2027", CallVariables.DEADLINE_LOCAL, "2027-09-15T12:00"));
    http = new Http(port);
    address = "198.51.100." + ADDRESSES.incrementAndGet();
  }

  String openPage() {
    var page = http.get("/soknad", "X-Forwarded-For", address);
    assertThat(page.statusCode()).isEqualTo(200);
    return http.cookie(CsrfTokens.COOKIE);
  }

  HttpResponse<String> submit(String json) {
    String token = openPage();
    return http.postJson("/api/soknad", json, "X-XSRF-TOKEN", token, "X-Forwarded-For", address);
  }

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static JsonNode read(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (Exception e) {
      throw new AssertionError("Not JSON: " + response.body(), e);
    }
  }

  static void noInternals(HttpResponse<String> response) {
    assertThat(response.body()).doesNotContain("at org.", "at no.klyngeprogrammet", "Exception", "Tomcat", "trace");
  }

  void nothingStored() {
    assertThat(count("select count(*) from application_case")).isZero();
    assertThat(count("select count(*) from application_version")).isZero();
    assertThat(count("select count(*) from status_link")).isZero();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("ClusterApplication").count()).isZero();
  }

  List<MimeMessage> mails(String subjectStart) {
    return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
      try {
        return m.getSubject().startsWith(subjectStart);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  static String body(MimeMessage message) {
    try {
      return ((String) message.getContent()).replace("\r\n", "\n");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String statusPath(MimeMessage message) {
    Matcher link = STATUS_LINK.matcher(body(message));
    assertThat(link.find()).as("a status link in: " + body(message)).isTrue();
    return link.group(1);
  }

  @Test
  void thePageRendersTheSameFormTasklistUsesWithTheFormViewer() throws Exception {
    var page = http.get("/soknad", "X-Forwarded-For", address);
    var form = http.get("/soknad/skjema", "X-Forwarded-For", address);
    var viewer = http.get("/vendor/form-js/form-viewer.umd.min.js");
    var script = http.get("/soknad/soknad.js");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<html lang=\"nb\"", "Hopp til hovedinnholdet", "id=\"feiloppsummering\"",
        "role=\"alert\"", "/vendor/form-js/form-viewer.umd.min.js", "/soknad/soknad.js",
        "<meta name=\"csrf-token\" content=\"" + http.cookie(CsrfTokens.COOKIE) + "\"");
    assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
        .startsWith("XSRF-TOKEN=").contains("Path=/", "HttpOnly", "SameSite=Strict"));
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    try (var deployed = new ClassPathResource("processes/application.form").getInputStream()) {
      assertThat(form.body()).isEqualTo(new String(deployed.readAllBytes(), StandardCharsets.UTF_8));
    }
    assertThat(JSON.readTree(form.body()).get("id").asText()).isEqualTo("application");
    assertThat(viewer.statusCode()).isEqualTo(200);
    assertThat(viewer.body()).contains("createForm");
    assertThat(script.statusCode()).isEqualTo(200);
  }

  @Test
  void aValidSubmissionCreatesOneCaseWithAReceiptThatCarriesAWorkingStatusLink() {
    long users = identityService.createUserQuery().count();
    var response = submit(json(validForm(1)));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonNode receipt = read(response);
    assertThat(receipt.get("caseNumber").asText()).isEqualTo("NIC-2027-0001");
    assertThat(receipt.get("receivedAt").asText()).isEqualTo("2027-09-01T10:00:00+02:00");
    assertThat(OffsetDateTime.parse(receipt.get("receivedAt").asText()).toInstant()).isEqualTo(oslo("2027-09-01T10:00"));
    String statusUrl = receipt.get("statusUrl").asText();
    assertThat(statusUrl).matches("/status/[A-Za-z0-9_-]{43}");
    assertThat(response.headers().firstValue("Location")).hasValue(statusUrl);

    assertThat(count("select count(*) from application_case")).isEqualTo(1);
    assertThat(count("select count(*) from application_version where submitted_by is null")).as("no user submitted it")
        .isEqualTo(1);
    assertThat(identityService.createUserQuery().count()).as("no account is made").isEqualTo(users);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("NIC-2027-0001").count()).isEqualTo(1);
    assertThat(runtimeService.createVariableInstanceQuery().variableName("applicantUser").singleResult().getValue()).isNull();

    executeDueJobs();
    List<MimeMessage> receipts = mails("Kvittering");
    assertThat(receipts).hasSize(1);
    assertThat(body(receipts.get(0))).contains("Saksnummer: NIC-2027-0001", "Følg saken");
    String mailed = statusPath(receipts.get(0));
    assertThat(mailed).isNotEqualTo(statusUrl);
    assertThat(count("select count(*) from status_link where case_number = 'NIC-2027-0001'")).isEqualTo(2);
    assertThat(count("select count(*) from status_link where token_hash = ?", mailed.substring("/status/".length())))
        .as("only hashes are stored").isZero();

    for (String link : List.of(mailed, statusUrl)) {
      var page = http.get(link, "X-Forwarded-For", address);
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("NIC-2027-0001", "Blå Vekst Ærøy 1", "Mottatt", "Kvittering for mottatt søknad",
          "1. september 2027 kl. 10:00");
      assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
    }
  }

  @Test
  void theEngineStoresOnlyTheNamesItsFormsShowAndTheSnapshotKeepsTheWholeSubmission() {
    var response = submit(json(validForm(1)));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);

    String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("NIC-2027-0001")
        .singleResult().getId();
    List<String> stored = List.of("clusterName", "applicantName", "applicantUser", "caseNumber", "version", "callId");
    assertThat(runtimeService.getVariables(instance).keySet()).containsExactlyInAnyOrderElementsOf(stored);
    assertThat(runtimeService.getVariable(instance, "applicantUser")).as("nobody is logged in on the public page").isNull();
    List<String> withValues = stored.stream().filter(name -> !name.equals("applicantUser")).toList();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance).list())
        .extracting(HistoricVariableInstance::getName).as("no history of the initiator nobody was")
        .containsExactlyInAnyOrderElementsOf(withValues);
    assertThat(historyService.createHistoricDetailQuery().processInstanceId(instance).list())
        .extracting(detail -> ((HistoricVariableUpdate) detail).getVariableName())
        .as("each stored variable with a value written once, nothing else")
        .containsExactlyInAnyOrderElementsOf(withValues);
    assertThat(count("select count(*) from application_version where snapshot like '%kontakt1@sokerklynge.no%'"
        + " and snapshot like '%Sørøya%' and snapshot like '%Ålesund Havbruk AS%'")).isEqualTo(1);
  }

  @Test
  void missingFieldsAreRefusedFieldByFieldWithTasklistsMessages() {
    Map<String, Object> form = validForm(1);
    form.remove("clusterName");
    form.put("contactPhone", "");
    var response = submit(json(form));

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode body = read(response);
    assertThat(body.get("message").asText()).isEqualTo("Søknaden ble ikke sendt inn. Rett opp følgende: "
        + "Klyngens navn (clusterName): må fylles ut; Kontaktpersonens telefon (contactPhone): må fylles ut");
    assertThat(body.get("fieldErrors")).hasSize(2);
    JsonNode first = body.get("fieldErrors").get(0);
    assertThat(first.get("field").asText()).isEqualTo("clusterName");
    assertThat(first.get("label").asText()).isEqualTo("Klyngens navn");
    assertThat(first.get("rule").asText()).isEqualTo("må fylles ut");
    assertThat(first.get("message").asText()).isEqualTo("Klyngens navn (clusterName): må fylles ut");
    noInternals(response);
    nothingStored();
  }

  @Test
  void aWrongOrganisationNumberIsRefused() {
    Map<String, Object> form = validForm(1);
    form.put("applicantOrgNumber", "974760674");
    @SuppressWarnings("unchecked")
    var members = (List<Map<String, Object>>) form.get("members");
    members.get(1).put("orgNumber", "97476067Ø");
    var response = submit(json(form));

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode errors = read(response).get("fieldErrors");
    assertThat(errors.get(0).get("field").asText()).isEqualTo("applicantOrgNumber");
    assertThat(errors.get(0).get("message").asText())
        .isEqualTo("Søkerorganisasjonens organisasjonsnummer (applicantOrgNumber): kontrollsifferet stemmer ikke (modulus 11); sjekk at nummeret er skrevet riktig");
    assertThat(errors.get(1).get("field").asText()).isEqualTo("members[1].orgNumber");
    assertThat(errors.get(1).get("message").asText())
        .isEqualTo("Medlem 2: organisasjonsnummer (members[1].orgNumber): kan bare inneholde sifre");
    noInternals(response);
    nothingStored();
  }

  @Test
  void nobodyCanBeNamedAsTheSubmitter() {
    Map<String, Object> form = validForm(1);
    form.put("applicantUser", "admin");
    var response = submit(json(form));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(read(response).get("message").asText())
        .isEqualTo("Søknaden ble ikke sendt inn. Rett opp følgende: applicantUser (applicantUser): er ikke et felt i skjemaet");
    nothingStored();
  }

  HttpResponse<String> submitNewVersion(String json, String statusToken) {
    String token = openPage();
    return http.postJson("/api/soknad", json, "X-XSRF-TOKEN", token, "X-Forwarded-For", address,
        PublicApplicationController.STATUS_TOKEN_HEADER, statusToken);
  }

  static String tokenOf(HttpResponse<String> created) {
    return read(created).get("statusUrl").asText().substring("/status/".length());
  }

  @Test
  void anotherSubmissionForAnOrganisationWithACaseIsRefusedWithoutTheCasesLinkAndRevealsNothing() {
    var first = submit(json(validForm(1)));
    assertThat(first.statusCode()).isEqualTo(201);
    var other = submit(json(validForm(2)));
    assertThat(other.statusCode()).isEqualTo(201);
    Map<String, Object> takeover = validForm(1);
    takeover.put("contactEmail", "kaprer@annenklynge.no");

    statusLinks.revokeAll("NIC-2027-0001", "saksbehandler1");
    for (var attempt : List.of(submit(json(takeover)),
        submitNewVersion(json(takeover), tokenOf(first)),
        submitNewVersion(json(takeover), tokenOf(other)),
        submitNewVersion(json(takeover), "ukjent-lenke"))) {
      assertThat(attempt.statusCode()).as(attempt.body()).isEqualTo(400);
      JsonNode refusal = read(attempt);
      assertThat(refusal.get("fieldErrors")).hasSize(1);
      assertThat(refusal.get("fieldErrors").get(0).get("field").asText()).isEqualTo("applicantOrgNumber");
      assertThat(refusal.get("fieldErrors").get(0).get("rule").asText()).isEqualTo(
          "Organisasjonen har allerede en søknad i denne utlysningen. En ny versjon sendes fra lenken i kvitteringen "
              + "(Send inn en ny versjon), eller av brukeren som sendte inn søknaden");
      assertThat(attempt.body()).doesNotContain("NIC-2027-0001", "kontakt1@sokerklynge.no", "Bjørn Æsøy");
    }
    assertThat(count("select count(*) from application_version")).isEqualTo(2);
    assertThat(count("select max(current_version) from application_case")).isEqualTo(1);
    assertThat(count("select count(*) from status_link")).as("no link was issued for a refusal").isEqualTo(2);
  }

  @Test
  void theCasesValidStatusLinkMakesANewVersionFromThePublicPage() {
    var first = submit(json(validForm(1)));
    executeDueJobs();
    Map<String, Object> revised = validForm(1);
    revised.put("clusterName", "Blå Vekst Ærøy – revidert");

    setClock(oslo("2027-09-10T09:15"));
    var second = submitNewVersion(json(revised), tokenOf(first));

    assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
    assertThat(read(second).get("caseNumber").asText()).isEqualTo("NIC-2027-0001");
    assertThat(jdbc.sql("select cluster_name from application_version order by version").query(String.class).list())
        .containsExactly("Blå Vekst Ærøy 1", "Blå Vekst Ærøy – revidert");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("NIC-2027-0001").count()).isEqualTo(1);
    assertThat(runtimeService.createVariableInstanceQuery().variableName("statusToken").count())
        .as("the token is never a stored variable").isZero();
    assertThat(historyService.createHistoricVariableInstanceQuery().variableName("statusToken").count()).isZero();
  }

  @Test
  void theStatusTokenIsNoFieldOfTheBody() {
    var first = submit(json(validForm(1)));
    Map<String, Object> revised = validForm(1);
    revised.put("statusToken", tokenOf(first));

    var response = submit(json(revised));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(read(response).get("fieldErrors").get(0).get("field").asText()).isEqualTo("statusToken");
    assertThat(count("select count(*) from application_version")).isEqualTo(1);
  }

  @Test
  void htmlInAnAddressIsRefusedAndHtmlInATextIsKeptAsTextAndShownEscaped() {
    Map<String, Object> withHtmlMail = validForm(1);
    withHtmlMail.put("contactEmail", "<script>alert(1)</script>");
    var refused = submit(json(withHtmlMail));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(read(refused).get("fieldErrors").get(0).get("message").asText())
        .startsWith("Kontaktpersonens e-post (contactEmail): må være en gyldig e-postadresse");
    nothingStored();

    Map<String, Object> withHtmlName = validForm(1);
    withHtmlName.put("clusterName", "<script>alert('æøå')</script> & Co");
    var accepted = submit(json(withHtmlName));
    assertThat(accepted.statusCode()).isEqualTo(201);
    assertThat(jdbc.sql("select cluster_name from application_version").query(String.class).single())
        .isEqualTo("<script>alert('æøå')</script> & Co");
    var page = http.get(read(accepted).get("statusUrl").asText(), "X-Forwarded-For", address);
    assertThat(page.body()).doesNotContain("<script>alert").contains("&lt;script&gt;alert(&#39;æøå&#39;)&lt;/script&gt; &amp; Co");
  }

  @Test
  void norwegianLettersArriveIntactInTheCaseTheMailAndTheStatusPage() throws Exception {
    Map<String, Object> form = validForm(1);
    form.put("clusterName", "Ærlige Øyer og Åser – blå vekst");
    form.put("contactName", "Åse Ødegård Ærø");
    var response = submit(json(form));

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(jdbc.sql("select contact_name from application_version").query(String.class).single())
        .isEqualTo("Åse Ødegård Ærø");
    executeDueJobs();
    MimeMessage receipt = mails("Kvittering").get(0);
    assertThat(body(receipt)).contains("Hei, Åse Ødegård Ærø", "Ærlige Øyer og Åser – blå vekst");
    assertThat(http.get(statusPath(receipt), "X-Forwarded-For", address).body()).contains("Ærlige Øyer og Åser – blå vekst");
  }

  @Test
  void aBodyOfTenMegabytesIsRefusedAsTooLarge() {
    Map<String, Object> form = validForm(1);
    form.put("vision", "ø".repeat(5 * 1024 * 1024));
    var response = submit(json(form));

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(read(response).get("message").asText()).isEqualTo("Søknaden er for stor: den kan være på høyst 1024 kB.");
    noInternals(response);
    nothingStored();
  }

  @Test
  void aTextOverTheLimitWithinTheBodyLimitGetsTheFieldsRule() {
    Map<String, Object> form = validForm(1);
    form.put("vision", "å".repeat(4001));
    var response = submit(json(form));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(read(response).get("fieldErrors").get(0).get("message").asText())
        .isEqualTo("Visjon og mål (vision): kan ha høyst 4000 tegn, men har 4001");
    nothingStored();
  }

  @Test
  void aSubmissionWithoutTheRightCsrfTokenIsForbidden() {
    String token = openPage();
    String json = json(validForm(1));
    String unsigned = "A".repeat(43) + ".forged";

    var noHeader = http.postJson("/api/soknad", json, "X-Forwarded-For", address);
    var wrongHeader = http.postJson("/api/soknad", json, "X-XSRF-TOKEN", token + "x", "X-Forwarded-For", address);
    var noCookie = new Http(port).postJson("/api/soknad", json, "X-XSRF-TOKEN", token, "X-Forwarded-For", address);
    var forgedPair = new Http(port).postJson("/api/soknad", json, "X-XSRF-TOKEN", unsigned,
        "Cookie", "XSRF-TOKEN=" + unsigned, "X-Forwarded-For", address);

    for (var response : List.of(noHeader, wrongHeader, noCookie, forgedPair)) {
      assertThat(response.statusCode()).isEqualTo(403);
      assertThat(read(response).get("message").asText()).isEqualTo(PublicEndpointGuard.BAD_CSRF_TOKEN);
      noInternals(response);
    }
    nothingStored();
    assertThat(http.postJson("/api/soknad", json, "X-XSRF-TOKEN", token, "X-Forwarded-For", address).statusCode())
        .as("the page's own token works").isEqualTo(201);
  }

  @Test
  void pastTheLimitOfAcceptedSubmissionsAClientAddressIsToldToWaitUntilTheWindowRefills() {
    int allowance = properties.submissionsPerWindow();
    Duration refillOfOne = properties.window().dividedBy(allowance);
    String token = openPage();
    for (int i = 1; i <= allowance; i++) {
      assertThat(http.postJson("/api/soknad", json(validForm(i)), "X-XSRF-TOKEN", token, "X-Forwarded-For", address)
          .statusCode()).isEqualTo(201);
    }
    var limited = http.postJson("/api/soknad", json(validForm(allowance + 1)), "X-XSRF-TOKEN", token,
        "X-Forwarded-For", address);

    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(read(limited).get("message").asText()).isEqualTo(PublicEndpointGuard.TOO_MANY_SUBMISSIONS);
    assertThat(limited.headers().firstValue("Retry-After")).hasValue(Long.toString(refillOfOne.toSeconds()));
    assertThat(count("select count(*) from application_case")).isEqualTo(allowance);
    assertThat(http.postJson("/api/soknad", json(validForm(allowance + 1)), "X-XSRF-TOKEN", token,
        "X-Forwarded-For", "198.51.100.250").statusCode()).as("another address has its own allowance").isEqualTo(201);

    setClock(oslo("2027-09-01T10:00").plus(refillOfOne));
    assertThat(http.postJson("/api/soknad", json(validForm(allowance + 2)), "X-XSRF-TOKEN", token,
        "X-Forwarded-For", address).statusCode()).as("one submission back when the window has refilled one")
        .isEqualTo(201);
  }

  @Test
  void anApplicantRefusedTwentyFiveTimesIsAcceptedWhenTheFormIsRight() {
    String token = openPage();
    Map<String, Object> wrong = validForm(1);
    wrong.put("contactEmail", "ikke en adresse");
    for (int i = 0; i < 25; i++) {
      var refused = http.postJson("/api/soknad", json(wrong), "X-XSRF-TOKEN", token, "X-Forwarded-For", address);
      assertThat(refused.statusCode()).as("correction " + (i + 1)).isEqualTo(400);
    }

    var accepted = http.postJson("/api/soknad", json(validForm(1)), "X-XSRF-TOKEN", token, "X-Forwarded-For", address);

    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
    assertThat(count("select count(*) from application_case")).isEqualTo(1);
  }

  @Test
  void aFloodOfRequestsIsStoppedWhateverTheirOutcome() {
    int flood = properties.requestsPerWindow();
    Duration refillOfOne = properties.window().dividedBy(flood);
    String token = openPage();
    for (int i = 0; i < flood; i++) {
      assertThat(http.postJson("/api/soknad", "{}", "X-XSRF-TOKEN", token, "X-Forwarded-For", address).statusCode())
          .isEqualTo(400);
    }
    var limited = http.postJson("/api/soknad", json(validForm(1)), "X-XSRF-TOKEN", token, "X-Forwarded-For", address);
    var forged = http.postJson("/api/soknad", "{}", "X-XSRF-TOKEN", "forged", "X-Forwarded-For", address);

    for (var response : List.of(limited, forged)) {
      assertThat(response.statusCode()).isEqualTo(429);
      assertThat(read(response).get("message").asText()).isEqualTo(PublicEndpointGuard.TOO_MANY_SUBMISSIONS);
    }
    assertThat(limited.headers().firstValue("Retry-After")).hasValue(Long.toString(refillOfOne.toSeconds()));
    nothingStored();
  }

  @Test
  void malformedOrWronglyTypedBodiesAndWrongMethodsGetAnAnswerWithoutInternals() {
    String token = openPage();
    var malformed = http.postJson("/api/soknad", "{\"clusterName\": ", "X-XSRF-TOKEN", token, "X-Forwarded-For", address);
    var array = http.postJson("/api/soknad", "[1, 2]", "X-XSRF-TOKEN", token, "X-Forwarded-For", address);
    var form = http.postForm("/api/soknad", "clusterName=x", "X-XSRF-TOKEN", token, "X-Forwarded-For", address);
    var get = http.get("/api/soknad", "X-Forwarded-For", address);
    var numberAsText = http.postJson("/api/soknad", "{\"budgetPerYear\": \"fire millioner\"}", "X-XSRF-TOKEN", token,
        "X-Forwarded-For", address);

    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(read(malformed).get("message").asText()).isEqualTo(PublicApplicationController.MALFORMED);
    assertThat(array.statusCode()).isEqualTo(400);
    assertThat(read(array).get("message").asText()).isEqualTo(PublicApplicationController.NOT_AN_OBJECT);
    assertThat(form.statusCode()).isEqualTo(415);
    assertThat(read(form).get("message").asText()).isEqualTo(PublicApplicationController.NOT_JSON);
    assertThat(get.statusCode()).isEqualTo(405);
    assertThat(numberAsText.statusCode()).isEqualTo(400);
    assertThat(numberAsText.body()).contains("Budsjett per år (budgetPerYear): må være et tall (hele kroner)");
    for (var response : List.of(malformed, array, form, get, numberAsText)) {
      noInternals(response);
    }
    nothingStored();
  }

  @Test
  void requestsTheServerRefusesBeforeTheApplicationSeesThemShowNoServerDetails() throws Exception {
    for (String requestLine : List.of("GET /status/%ZZ HTTP/1.1", "GET /soknad/<x> HTTP/1.1", "GET /api/soknad\u0000 HTTP/1.1")) {
      try (var socket = new java.net.Socket("localhost", port)) {
        socket.getOutputStream().write((requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
        String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(answer).as(requestLine).startsWith("HTTP/1.1 400").doesNotContain("Tomcat", "Exception", "at org.");
      }
    }
  }
}
