package no.klyngeprogrammet.config;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * When the nightly clean-up runs: the start of {@code klynge.retention.cleanup-window-start}.
 * Needs nothing from the engine, because the engine evaluates it while it deploys.
 */
@Component
public class RetentionWindow {

  private final LocalTime windowStart;
  private final ZoneId zone;

  public RetentionWindow(RetentionProperties properties, ZoneId programmeZone) {
    this.windowStart = properties.cleanupWindowStart();
    this.zone = programmeZone;
  }

  /**
   * The nightly erasure's timer cycle: every day from the next start of the window. The start is
   * written with the zone's standard offset, because the engine repeats the interval in its JVM's
   * time zone: where that is UTC, summer time moves the run an hour later into the window, never
   * an hour before it.
   */
  public String nightlyCycle(Date now) {
    Instant instant = now.toInstant();
    ZoneOffset standard = zone.getRules().getStandardOffset(instant);
    OffsetDateTime start = instant.atZone(zone).toLocalDate().atTime(windowStart).atOffset(standard);
    if (!start.toInstant().isAfter(instant)) {
      start = start.plusDays(1);
    }
    return "R/" + start + "/P1D";
  }
}
