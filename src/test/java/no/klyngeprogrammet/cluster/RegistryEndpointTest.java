package no.klyngeprogrammet.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import no.klyngeprogrammet.call.Level;
import no.klyngeprogrammet.support.Http;
import no.klyngeprogrammet.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The registry is readable by case officers and administrators, and by nobody else. */
class RegistryEndpointTest extends IntegrationTest {

  @Autowired ClusterRegistry registry;
  @LocalServerPort int port;
  Http http;

  @BeforeEach
  void oneAdmittedCluster() {
    ensureUser("registryofficer", "case-officers");
    ensureUser("registryapplicant", "applicants");
    for (String id : new String[] {"registryofficer", "registryapplicant"}) {
      var user = identityService.createUserQuery().userId(id).singleResult();
      user.setPassword("passord-" + id);
      identityService.saveUser(user);
    }
    http = new Http(port);
  }

  @Test
  void withoutCredentialsOrAsAnApplicantTheRegistryIsClosed() {
    assertThat(http.get("/api/registry").statusCode()).isEqualTo(401);
    assertThat(http.get("/api/registry").headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
        h -> assertThat(h).startsWith("Basic"));
    assertThat(http.get("/api/registry", "Authorization", Http.basic("registryapplicant", "passord-registryapplicant"))
        .statusCode()).isEqualTo(403);
    assertThat(http.get("/klyngeregister").statusCode()).isEqualTo(401);
    assertThat(http.get("/api/registry", "Authorization", Http.basic("registryapplicant", "feil")).statusCode())
        .isEqualTo(401);
  }

  @Test
  void aCaseOfficerReadsAnEmptyRegistryBeforeAnyAdmission() {
    var officer = Http.basic("registryofficer", "passord-registryofficer");
    var empty = http.get("/api/registry", "Authorization", officer);
    assertThat(empty.statusCode()).isEqualTo(200);
    assertThat(empty.body()).isEqualTo("{\"clusters\":[],\"dueInNextRound\":[]}");
    assertThat(http.get("/klyngeregister", "Authorization", officer).body()).contains("Ingen klynger er tatt opp ennå.");
  }

  @Test
  void theContractPeriodFollowsTheLevel() {
    LocalDate start = LocalDate.of(2027, 10, 15);
    assertThat(registry.entryFor("NIC-2027-0001", "Blå Vekst", Level.ARENA, 1, start).periodEnd())
        .isEqualTo(LocalDate.of(2030, 10, 14));
    assertThat(registry.entryFor("NIC-2027-0001", "Blå Vekst", Level.ARENA_PRO, 1, start).periodEnd())
        .isEqualTo(LocalDate.of(2032, 10, 14));
    assertThat(registry.entryFor("NIC-2027-0001", "Blå Vekst", Level.GCE, 1, start).periodEnd())
        .isEqualTo(LocalDate.of(2037, 10, 14));
  }
}
