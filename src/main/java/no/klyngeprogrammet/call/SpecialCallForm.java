package no.klyngeprogrammet.call;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import no.klyngeprogrammet.validation.Errors;

/**
 * Checks an administrator's special call form. The dates are Oslo wall-clock times, as the form's
 * date-time field gives them; a missing announcement follows the configured interval.
 */
public final class SpecialCallForm {

  static final String REFUSED = "Utlysningen ble ikke åpnet. Rett opp følgende:";
  private static final int MAX_TITLE = 200;

  private SpecialCallForm() {}

  public static OpenCallRequest parse(Map<String, Object> variables, Instant now, CallCalendar calendar,
      CallProperties properties, String openedBy) {
    Errors errors = new Errors();

    Instant deadline = localDateTime(variables, CallVariables.DEADLINE_LOCAL, "Søknadsfrist", true, calendar, errors);
    if (deadline != null && !deadline.isAfter(now)) {
      errors.add(CallVariables.DEADLINE_LOCAL, "Søknadsfrist", "fristen må ligge fram i tid");
    }
    Instant announcement =
        localDateTime(variables, CallVariables.ANNOUNCEMENT_LOCAL, "Kunngjøring", false, calendar, errors);
    if (deadline != null && announcement != null && !announcement.isAfter(deadline)) {
      errors.add(CallVariables.ANNOUNCEMENT_LOCAL, "Kunngjøring", "kunngjøringen må komme etter søknadsfristen");
    }

    Map<Level, Long> budgets = new EnumMap<>(Level.class);
    for (Level level : Level.values()) {
      String field = CallVariables.budgetVariable(level);
      Object value = variables.get(field);
      String label = "Budsjett for " + level.displayName();
      if (value == null || value.toString().isBlank()) {
        budgets.put(level, properties.budgetFor(level));
      } else if (!(value instanceof Number number) || number.doubleValue() != Math.floor(number.doubleValue())) {
        errors.add(field, label, "må være et helt antall kroner");
      } else if (number.longValue() < 0) {
        errors.add(field, label, "kan ikke være negativt");
      } else {
        budgets.put(level, number.longValue());
      }
    }

    Object rawTitle = variables.get(CallVariables.CALL_TITLE);
    String title = rawTitle == null ? "" : rawTitle.toString().strip();
    if (title.length() > MAX_TITLE) {
      errors.add(CallVariables.CALL_TITLE, "Tittel", "kan ha høyst " + MAX_TITLE + " tegn");
    } else if (title.chars().anyMatch(c -> c == '\n' || c == '\r')) {
      // The title stands in the subject of the letters about the call.
      errors.add(CallVariables.CALL_TITLE, "Tittel", "må stå på én linje");
    } else if (title.chars().anyMatch(Character::isISOControl)) {
      errors.add(CallVariables.CALL_TITLE, "Tittel", "inneholder kontrolltegn som ikke er tillatt");
    }

    errors.throwIfAny(REFUSED);
    int year = calendar.yearOf(deadline);
    if (title.isEmpty()) {
      title = "Særskilt utlysning " + year;
    }
    Instant announced = announcement != null ? announcement : calendar.announcementAfter(deadline);
    return new OpenCallRequest(year, title, deadline, announced, budgets, openedBy);
  }

  private static Instant localDateTime(Map<String, Object> variables, String field, String label, boolean required,
      CallCalendar calendar, Errors errors) {
    Object value = variables.get(field);
    if (value == null || value.toString().isBlank()) {
      if (required) {
        errors.add(field, label, "må fylles ut");
      }
      return null;
    }
    try {
      return LocalDateTime.parse(value.toString().strip()).atZone(calendar.zone()).toInstant();
    } catch (DateTimeParseException e) {
      errors.add(field, label, "må være dato og klokkeslett på formen 2026-09-15T12:00");
      return null;
    }
  }
}
