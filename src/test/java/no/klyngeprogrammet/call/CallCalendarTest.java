package no.klyngeprogrammet.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CallCalendarTest {

  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  private final CallCalendar calendar = calendarWithDeadline(MonthDay.of(9, 15), LocalTime.of(12, 0));

  private static CallCalendar calendarWithDeadline(MonthDay deadlineOn, LocalTime deadlineAt) {
    return new CallCalendar(new CallProperties(MonthDay.of(6, 1), LocalTime.of(8, 0), deadlineOn, deadlineAt,
        Period.ofMonths(1), Map.of(Level.ARENA, 1L, Level.ARENA_PRO, 2L, Level.GCE, 3L)), OSLO);
  }

  @Test
  void defaultDeadlineIsNoonInOsloWhichIsTenUtcInSummerTime() {
    CallDates dates = calendar.datesFor(2026);

    assertThat(dates.year()).isEqualTo(2026);
    assertThat(dates.deadline()).isEqualTo(Instant.parse("2026-09-15T10:00:00Z"));
  }

  @Test
  void announcementComesOneMonthLaterAtTheSameWallClockTime() {
    CallDates dates = calendar.datesFor(2026);

    assertThat(dates.announcement()).isEqualTo(Instant.parse("2026-10-15T10:00:00Z"));
    assertThat(dates.announcement().atZone(OSLO).toLocalDateTime())
        .isEqualTo(LocalDateTime.of(2026, 10, 15, 12, 0));
  }

  @Test
  void deadlineInWinterIsElevenUtc() {
    CallDates dates = calendarWithDeadline(MonthDay.of(1, 15), LocalTime.of(12, 0)).datesFor(2027);

    assertThat(dates.deadline()).isEqualTo(Instant.parse("2027-01-15T11:00:00Z"));
    assertThat(dates.announcement()).isEqualTo(Instant.parse("2027-02-15T11:00:00Z"));
  }

  @Test
  void announcementAfterTheEndOfDaylightSavingKeepsTheWallClockTime() {
    CallDates dates = calendarWithDeadline(MonthDay.of(10, 10), LocalTime.of(12, 0)).datesFor(2026);

    assertThat(dates.deadline()).isEqualTo(Instant.parse("2026-10-10T10:00:00Z"));
    assertThat(dates.announcement()).isEqualTo(Instant.parse("2026-11-10T11:00:00Z"));
    assertThat(dates.announcement().atZone(OSLO).toLocalTime()).isEqualTo(LocalTime.NOON);
    assertThat(Duration.between(dates.deadline(), dates.announcement()))
        .isEqualTo(Duration.ofDays(31).plusHours(1));
  }

  @Test
  void announcementAfterTheStartOfDaylightSavingKeepsTheWallClockTime() {
    Instant deadline = Instant.parse("2027-03-10T11:00:00Z");

    Instant announcement = calendar.announcementAfter(deadline);

    assertThat(announcement).isEqualTo(Instant.parse("2027-04-10T10:00:00Z"));
    assertThat(Duration.between(deadline, announcement)).isEqualTo(Duration.ofDays(31).minusHours(1));
  }

  @Test
  void deadlineInTheSpringGapIsMovedForwardByTheLengthOfTheGap() {
    CallDates dates = calendarWithDeadline(MonthDay.of(3, 28), LocalTime.of(2, 30)).datesFor(2027);

    assertThat(dates.deadline()).isEqualTo(Instant.parse("2027-03-28T01:30:00Z"));
    assertThat(dates.deadline().atZone(OSLO).toLocalTime()).isEqualTo(LocalTime.of(3, 30));
  }

  @Test
  void deadlineInTheAutumnOverlapUsesTheEarlierSummerTimeOffset() {
    CallDates dates = calendarWithDeadline(MonthDay.of(10, 31), LocalTime.of(2, 30)).datesFor(2027);

    assertThat(dates.deadline()).isEqualTo(Instant.parse("2027-10-31T00:30:00Z"));
  }

  @Test
  void openingIsAtTheConfiguredWallClockTimeInOslo() {
    ZonedDateTime opening = calendar.openingIn(2027);

    assertThat(opening.toInstant()).isEqualTo(Instant.parse("2027-06-01T06:00:00Z"));
    assertThat(opening.getZone()).isEqualTo(OSLO);
  }

  @Test
  void nextOpeningBeforeThisYearsOpeningIsThisYears() {
    assertThat(calendar.nextOpening(Instant.parse("2027-02-01T12:00:00Z")).toInstant())
        .isEqualTo(Instant.parse("2027-06-01T06:00:00Z"));
  }

  @Test
  void nextOpeningOneMillisecondBeforeTheOpeningIsThisYears() {
    Instant justBefore = Instant.parse("2027-06-01T06:00:00Z").minusMillis(1);

    assertThat(calendar.nextOpening(justBefore).toInstant()).isEqualTo(Instant.parse("2027-06-01T06:00:00Z"));
  }

  @Test
  void nextOpeningAtTheExactOpeningInstantIsNextYears() {
    assertThat(calendar.nextOpening(Instant.parse("2027-06-01T06:00:00Z")).toInstant())
        .isEqualTo(Instant.parse("2028-06-01T06:00:00Z"));
  }

  @Test
  void nextOpeningAfterThisYearsOpeningIsNextYears() {
    assertThat(calendar.nextOpening(Instant.parse("2026-11-20T10:00:00Z")).toInstant())
        .isEqualTo(Instant.parse("2027-06-01T06:00:00Z"));
  }

  @Test
  void nextOpeningOnNewYearsEveInOsloCountsFromTheOsloYear() {
    assertThat(calendar.nextOpening(Instant.parse("2026-12-31T23:30:00Z")).toInstant())
        .isEqualTo(Instant.parse("2027-06-01T06:00:00Z"));
  }

  @Test
  void openingCycleRepeatsYearlyFromTheNextOpeningWithItsOsloOffset() {
    Date lateIn2026 = Date.from(Instant.parse("2026-11-20T10:00:00Z"));

    assertThat(calendar.openingCycle(lateIn2026)).isEqualTo("R/2027-06-01T08:00+02:00/P1Y");
  }

  @Test
  void yearOfUsesTheOsloCalendarAtNewYear() {
    assertThat(calendar.yearOf(Instant.parse("2026-12-31T23:30:00Z"))).isEqualTo(2027);
    assertThat(calendar.yearOf(Instant.parse("2026-12-31T22:59:59Z"))).isEqualTo(2026);
  }

  @Test
  void zoneIsTheProgrammeZone() {
    assertThat(calendar.zone()).isEqualTo(OSLO);
  }
}
