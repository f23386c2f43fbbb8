package no.klyngeprogrammet.config;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How dates and amounts are written in Norwegian text: "15. september 2026 kl. 12:00". */
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

  public static String kroner(long amount) {
    return "kr " + NumberFormat.getIntegerInstance(BOKMAL).format(amount);
  }
}
