package no.klyngeprogrammet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.klyngeprogrammet.identity.DemoUsers;
import no.klyngeprogrammet.identity.MissingAdminPasswordException;
import no.klyngeprogrammet.identity.MissingAdminPasswordFailureAnalyzer;
import no.klyngeprogrammet.support.Http;
import no.klyngeprogrammet.support.PostgresInitializer;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import no.klyngeprogrammet.support.FakeRegister;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The production profile: database, mail and administrator from the environment, no demo users. */
class PostgresProfileTest {

  private static SpringApplicationBuilder postgresApplication(String... environment) {
    return new SpringApplicationBuilder(KlyngeprogrammetApplication.class)
        .profiles("postgres")
        .properties("camunda.bpm.job-execution.enabled=false", "server.port=0",
            "klynge.enhetsregisteret.base-url=" + FakeRegister.baseUrl())
        .properties(environment);
  }

  @Test
  void startsOnPostgresWithTheAdministratorFromTheEnvironmentAndNoDemoUsers() {
    try (var app = postgresApplication(
        "SPRING_DATASOURCE_URL=" + PostgresInitializer.newDatabase(),
        "SPRING_DATASOURCE_USERNAME=postgres",
        "KLYNGE_ADMIN_PASSWORD=Sterkt-passord-æøå").run()) {
      var identity = app.getBean(IdentityService.class);
      assertThat(identity.checkPassword("admin", "Sterkt-passord-æøå")).isTrue();
      assertThat(identity.checkPassword("admin", "admin")).isFalse();
      assertThat(DemoUsers.USERS).allSatisfy(user ->
          assertThat(identity.createUserQuery().userId(user.id()).count()).as(user.id()).isZero());
      assertThat(app.getBean(JdbcClient.class).sql("select count(*) from cluster_call").query(Integer.class).single())
          .isZero();
      assertThat(app.getBean(JdbcClient.class).sql("show enable_material").query(String.class).single())
          .as("the planner looks authorizations up by index instead of materialising them").isEqualTo("off");
      var http = new Http(((ServletWebServerApplicationContext) app).getWebServer().getPort());
      assertThat(DemoUsers.USERS).allSatisfy(user -> assertThat(http.get("/engine-rest/process-definition",
          "Authorization", Http.basic(user.id(), DemoUsers.PASSWORD)).statusCode()).as(user.id()).isEqualTo(401));
      assertThat(http.get("/engine-rest/process-definition", "Authorization", Http.basic("admin", "admin")).statusCode())
          .as("the embedded default's administrator password").isEqualTo(401);
    }
  }

  @Test
  void refusesToStartWithoutAnAdministratorPasswordAndSaysWhy() {
    assertThatThrownBy(() -> postgresApplication("SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:1/none").run())
        .isInstanceOfSatisfying(MissingAdminPasswordException.class, e -> {
          var analysis = new MissingAdminPasswordFailureAnalyzer().analyze(e);
          assertThat(analysis.getDescription()).contains("administrator's password is missing");
          assertThat(analysis.getAction()).contains("KLYNGE_ADMIN_PASSWORD");
        });
  }
}
