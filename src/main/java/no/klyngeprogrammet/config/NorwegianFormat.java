package no.klyngeprogrammet.config;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How dates, numbers and amounts are written in Norwegian text: "15. september 2026 kl. 12:00", "kr 1 200 000". */
public final class NorwegianFormat {

  public static final Locale BOKMAL = Locale.forLanguageTag("nb-NO");

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH:mm", BOKMAL);
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", BOKMAL);

  private NorwegianFormat() {}

  public static String dateTime(Instant instant, ZoneId zone) {
    return DATE_TIME.format(instant.atZone(zone));
  }

  public static String date(Instant instant, ZoneId zone) {
    return DATE.format(instant.atZone(zone));
  }

  public static String date(LocalDate date) {
    return DATE.format(date);
  }

  /** A whole number with thousands separators: "1 200". */
  public static String number(long value) {
    return NumberFormat.getIntegerInstance(BOKMAL).format(value);
  }

  public static String kroner(long amount) {
    return "kr " + number(amount);
  }
}
