package no.klyngeprogrammet.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;
import org.junit.jupiter.api.Test;

/** The nightly erasure starts at the window's start, never before it, in winter and in summer. */
class RetentionWindowTest {

  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
  private final RetentionWindow window = new RetentionWindow(
      new RetentionProperties(3650, LocalTime.of(22, 0), LocalTime.of(5, 0), Period.ofYears(3)), OSLO);

  private static Date oslo(String localDateTime) {
    return Date.from(LocalDateTime.parse(localDateTime).atZone(OSLO).toInstant());
  }

  @Test
  void inWinterTheCycleStartsAtTheNextWindowStart() {
    assertThat(window.nightlyCycle(oslo("2026-11-28T07:00"))).isEqualTo("R/2026-11-28T22:00+01:00/P1D");
    assertThat(window.nightlyCycle(oslo("2026-11-28T22:00"))).isEqualTo("R/2026-11-29T22:00+01:00/P1D");
  }

  @Test
  void inSummerTheCycleIsWrittenInStandardTimeSoItNeverRunsBeforeTheWindow() {
    assertThat(window.nightlyCycle(oslo("2027-07-01T12:00"))).as("23:00 in Oslo summer time")
        .isEqualTo("R/2027-07-01T22:00+01:00/P1D");
    assertThat(window.nightlyCycle(oslo("2027-07-01T22:30"))).isEqualTo("R/2027-07-01T22:00+01:00/P1D");
    assertThat(window.nightlyCycle(oslo("2027-07-01T23:00"))).isEqualTo("R/2027-07-02T22:00+01:00/P1D");
  }
}
