package no.klyngeprogrammet.bench;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the benchmark adds to the application: the bare engine model's delegate. */
@TestConfiguration
public class BenchConfiguration {

  @Bean
  public BenchRowWriter benchRowWriter(JdbcClient jdbc) {
    return new BenchRowWriter(jdbc);
  }
}
