package no.klyngeprogrammet.call;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Computes a call's dates from configuration, in the programme's time zone: the deadline is a
 * wall-clock time in Oslo (12:00 on 15 September by default), whatever the UTC offset that day.
 */
@Component
public class CallCalendar {

  private final CallProperties properties;
  private final ZoneId zone;

  public CallCalendar(CallProperties properties, ZoneId programmeZone) {
    this.properties = properties;
    this.zone = programmeZone;
  }

  public CallDates datesFor(int year) {
    Instant deadline = ZonedDateTime.of(properties.deadlineOn().atYear(year), properties.deadlineAt(), zone).toInstant();
    return new CallDates(year, deadline, announcementAfter(deadline));
  }

  /** The announcement keeps the deadline's wall-clock time, across a change of daylight saving. */
  public Instant announcementAfter(Instant deadline) {
    return deadline.atZone(zone).plus(properties.announcementAfter()).toInstant();
  }

  public ZonedDateTime openingIn(int year) {
    return ZonedDateTime.of(properties.opensOn().atYear(year), properties.opensAt(), zone);
  }

  /** The first yearly opening strictly after {@code now}. */
  public ZonedDateTime nextOpening(Instant now) {
    ZonedDateTime opening = openingIn(yearOf(now));
    return opening.toInstant().isAfter(now) ? opening : openingIn(yearOf(now) + 1);
  }

  /**
   * The timer start event's cycle: an ISO 8601 repeating interval from the next opening, one
   * year apart. Evaluated by the engine when the model is deployed.
   */
  public String openingCycle(Date now) {
    return "R/" + nextOpening(now.toInstant()).toOffsetDateTime() + "/P1Y";
  }

  public int yearOf(Instant instant) {
    return instant.atZone(zone).getYear();
  }

  public ZoneId zone() {
    return zone;
  }
}
