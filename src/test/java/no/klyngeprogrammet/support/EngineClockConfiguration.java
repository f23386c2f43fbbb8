package no.klyngeprogrammet.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** In tests the application's clock is the engine's, so moving one moves both. */
@TestConfiguration
public class EngineClockConfiguration {

  @Bean
  @Primary
  public Clock engineClock(ZoneId programmeZone) {
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return programmeZone;
      }

      @Override
      public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Instant instant() {
        return ClockUtil.getCurrentTime().toInstant();
      }
    };
  }
}
