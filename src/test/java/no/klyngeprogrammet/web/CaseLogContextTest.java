package no.klyngeprogrammet.web;

import static no.klyngeprogrammet.support.TestApplications.validForm;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import no.klyngeprogrammet.call.CallVariables;
import no.klyngeprogrammet.identity.ProgrammeGroups;
import no.klyngeprogrammet.support.Http;
import no.klyngeprogrammet.support.IntegrationTest;
import no.klyngeprogrammet.support.RequestLogLine;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A line logged while serving a request about one case carries the case number, as the engine's lines do. */
@ExtendWith(OutputCaptureExtension.class)
class CaseLogContextTest extends IntegrationTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;

  @Test
  void thePublicPageTheStatusLinkAndTheStaffsEndpointsLogWithTheCaseNumber(CapturedOutput output) throws Exception {
    var logging = LoggingSystem.get(getClass().getClassLoader());
    logging.setLogLevel(RequestLogLine.class.getName(), LogLevel.DEBUG);
    try {
      logRequestsAboutOneCase(output);
    } finally {
      logging.setLogLevel(RequestLogLine.class.getName(), null);
    }
  }

  void logRequestsAboutOneCase(CapturedOutput output) throws Exception {
    ensureUser("logofficer", ProgrammeGroups.CASE_OFFICERS);
    var officer = identityService.createUserQuery().userId("logofficer").singleResult();
    officer.setPassword("logg-passord-1");
    identityService.saveUser(officer);
    setClock(oslo("2027-09-01T10:00"));
    runtimeService.startProcessInstanceByKey(CallVariables.PROCESS_KEY,
        Map.of(CallVariables.CALL_TITLE, "Utlysning 2027", CallVariables.DEADLINE_LOCAL, "2027-09-15T12:00"));
    Http http = new Http(port);

    http.get("/soknad");
    var submitted = http.postJson("/api/soknad", JSON.writeValueAsString(validForm(1)),
        "X-XSRF-TOKEN", http.cookie(CsrfTokens.COOKIE));
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
    JsonNode receipt = JSON.readTree(submitted.body());
    String caseNumber = receipt.get("caseNumber").asText();
    assertThat(http.get(receipt.get("statusUrl").asText()).statusCode()).isEqualTo(200);
    assertThat(http.postJson("/api/saker/" + caseNumber + "/statuslenke", "",
        "Authorization", Http.basic("logofficer", "logg-passord-1")).statusCode()).isEqualTo(201);
    assertThat(http.get("/soknad").statusCode()).isEqualTo(200);

    var lines = output.getOut().lines().filter(line -> line.contains("Served ")).toList();
    assertThat(lines).filteredOn(line -> line.endsWith("Served POST /api/soknad")).singleElement()
        .satisfies(line -> assertThat(line).contains("DEBUG [" + caseNumber + "]"));
    assertThat(lines).filteredOn(line -> line.endsWith("Served GET /status/…")).singleElement()
        .satisfies(line -> assertThat(line).contains("DEBUG [" + caseNumber + "]"));
    assertThat(lines).filteredOn(line -> line.endsWith("Served POST /api/saker/" + caseNumber + "/statuslenke"))
        .singleElement().satisfies(line -> assertThat(line).contains("DEBUG [" + caseNumber + "]"));
    assertThat(output.getOut().lines().filter(line -> line.contains("Letter STATUS_LINK sent")))
        .singleElement().satisfies(line -> assertThat(line).contains("INFO [" + caseNumber + "]"));
    assertThat(lines).filteredOn(line -> line.endsWith("Served GET /soknad")).isNotEmpty()
        .allSatisfy(line -> assertThat(line).as("a request about no case").doesNotContain("[NIC-"));
  }
}
