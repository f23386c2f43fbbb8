package no.klyngeprogrammet.call;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import no.klyngeprogrammet.validation.ValidationException;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The embedded default opens a call at start-up when none takes applications, so a newcomer can
 * apply at once. It opens it as an administrator would, through the special call's start: with
 * this year's regular deadline while that is ahead, and otherwise a deadline
 * {@code klynge.demo.deadline-in} from now. For a walk-through of the whole cycle,
 * {@code klynge.demo.announcement-after} brings the announcement that close after the deadline.
 */
@Component
public class DemoCallOpener {

  private static final Logger LOG = LoggerFactory.getLogger(DemoCallOpener.class);

  private final boolean enabled;
  private final Duration deadlineIn;
  private final Duration announcementAfter;
  private final CallCalendar calendar;
  private final CallProperties properties;
  private final CallService calls;
  private final RuntimeService runtimeService;
  private final Clock clock;

  public DemoCallOpener(DemoProperties demo, CallCalendar calendar, CallProperties properties, CallService calls,
      RuntimeService runtimeService, Clock clock) {
    this.enabled = demo.openCall();
    this.deadlineIn = demo.deadlineIn();
    this.announcementAfter = demo.announcementAfter();
    this.calendar = calendar;
    this.properties = properties;
    this.calls = calls;
    this.runtimeService = runtimeService;
    this.clock = clock;
  }

  private String local(Instant instant) {
    return instant.atZone(calendar.zone()).toLocalDateTime().toString();
  }

  /** A deadline days away falls at the regular time of day; one minutes away is kept to the minute. */
  private Instant demoDeadline(Instant now) {
    ZonedDateTime deadline = now.plus(deadlineIn).atZone(calendar.zone()).truncatedTo(ChronoUnit.MINUTES);
    if (deadlineIn.compareTo(Duration.ofDays(1)) >= 0) {
      deadline = deadline.with(properties.deadlineAt());
    }
    return deadline.toInstant();
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(3)
  public void openIfNoneOpen() {
    Instant now = clock.instant();
    if (!enabled || calls.acceptsSubmissionsAt(now)) {
      return;
    }
    Instant regular = calendar.datesFor(calendar.yearOf(now)).deadline();
    Instant deadline = regular.isAfter(now) ? regular : demoDeadline(now);
    String title = (deadline.equals(regular) ? "Utlysning " : "Demonstrasjonsutlysning ") + calendar.yearOf(deadline);
    Map<String, Object> form = new HashMap<>();
    form.put(CallVariables.CALL_TITLE, title);
    form.put(CallVariables.DEADLINE_LOCAL, local(deadline));
    if (announcementAfter != null) {
      form.put(CallVariables.ANNOUNCEMENT_LOCAL, local(deadline.plus(announcementAfter)));
    }
    try {
      runtimeService.startProcessInstanceByKey(CallVariables.PROCESS_KEY, form);
      LOG.info("Opened the call '{}' for the embedded default", title);
    } catch (ValidationException e) {
      LOG.warn("No demonstration call was opened: {}", e.getMessage());
    }
  }
}
