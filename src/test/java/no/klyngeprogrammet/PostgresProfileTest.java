package no.klyngeprogrammet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.klyngeprogrammet.identity.DemoUsers;
import no.klyngeprogrammet.identity.MissingAdminPasswordException;
import no.klyngeprogrammet.identity.MissingAdminPasswordFailureAnalyzer;
import no.klyngeprogrammet.support.Http;
import no.klyngeprogrammet.support.PostgresInitializer;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The production profile: database, mail and administrator from the environment, no demo users. */
class PostgresProfileTest {

  private static SpringApplicationBuilder postgresApplication(String... environment) {
    return new SpringApplicationBuilder(KlyngeprogrammetApplication.class)
        .profiles("postgres")
        .properties("camunda.bpm.job-execution.enabled=false", "server.port=0")
        .properties(environment);
  }

  @Test
  void startsOnPostgresWithTheAdministratorFromTheEnvironmentAndNoDemoUsers() throws Exception {
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
      var jdbc = app.getBean(JdbcClient.class);
      assertThat(jdbc.sql("show random_page_cost").query(String.class).single())
          .as("every connection plans for SSD storage").isEqualTo("1.1");
      try (var connection = app.getBean(DataSource.class).getConnection()) {
        for (int execution = 0; execution < 10; execution++) {
          try (var statement = connection.prepareStatement("select count(*) from act_ru_task where id_ = ?")) {
            statement.setString(1, "task-" + execution);
            statement.executeQuery().close();
          }
        }
        try (var prepared = connection.createStatement().executeQuery("select count(*) from pg_prepared_statements")) {
          prepared.next();
          assertThat(prepared.getInt(1)).as("statements kept prepared on the server, with a generic plan").isZero();
        }
      }
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
