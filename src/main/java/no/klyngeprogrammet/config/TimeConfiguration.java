package no.klyngeprogrammet.config;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The programme's time zone and clock. Code asks the clock for "now" instead of the system, so
 * that tests can move time together with the engine's timers.
 */
@Configuration
public class TimeConfiguration {

  @Bean
  public ZoneId programmeZone(ProgrammeProperties properties) {
    return properties.timeZone();
  }

  @Bean
  public Clock clock(ZoneId programmeZone) {
    return Clock.system(programmeZone);
  }
}
