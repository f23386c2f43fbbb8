package no.klyngeprogrammet.evaluation;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;
import no.klyngeprogrammet.config.NorwegianFormat;
import no.klyngeprogrammet.validation.Errors;

/**
 * Checks the form with which an administrator or case officer starts an evaluation round. Empty
 * fields take the configured calendar: the year of the next round, and its report due date.
 *
 * <p>A round may be started at most one year ahead of this year or of the latest round, so that a
 * mistyped year cannot open a round decades away, while rounds can still follow one another
 * without waiting a calendar year for each (which the embedded default's walk-through relies on).
 * It evaluates this year or a later one: a round for a year that has passed would hold clusters to
 * a report nobody can still write for it.
 *
 * <p>An empty year is the round the calendar opens next (the one the yearly timer would start),
 * never "one after the latest": two people starting "the next round" at the same moment, or a
 * retried request, mean the same round, and the second is refused rather than opening the year
 * after. A later round is started by naming its year.
 */
public final class RoundRequestForm {

  static final String REFUSED = "Evalueringsrunden ble ikke startet. Rett opp følgende:";
  static final String YEAR_LABEL = "Evalueringsår";
  static final String DUE_LABEL = "Frist for årsrapporten";

  private RoundRequestForm() {}

  public static RoundRequest parse(Map<String, Object> variables, Instant now, Optional<Integer> latestRound,
      IntPredicate roundExists, EvaluationSchedule schedule, ZoneId zone, String startedBy) {
    Errors errors = new Errors();
    int thisYear = now.atZone(zone).getYear();
    int latest = latestRound.orElse(thisYear - 1);
    int latestAllowed = Math.max(thisYear, latest) + 1;

    Integer year = null;
    Object rawYear = variables.get(EvaluationVariables.ROUND_YEAR);
    boolean yearGiven = rawYear != null && !rawYear.toString().isBlank();
    if (!yearGiven) {
      year = schedule.nextRoundYear(now);
    } else if (!(rawYear instanceof Number number) || number.doubleValue() != Math.floor(number.doubleValue())) {
      errors.add(EvaluationVariables.ROUND_YEAR, YEAR_LABEL, "må være et årstall, for eksempel " + (thisYear + 1));
    } else if (number.doubleValue() < thisYear) {
      errors.add(EvaluationVariables.ROUND_YEAR, YEAR_LABEL, "kan ikke være tidligere enn " + thisYear
          + ": en runde kan ikke startes for et år som er passert");
    } else if (number.doubleValue() > latestAllowed) {
      errors.add(EvaluationVariables.ROUND_YEAR, YEAR_LABEL, "kan ikke være senere enn " + latestAllowed
          + ": en runde kan startes for året etter i år eller året etter siste runde");
    } else {
      year = number.intValue();
    }
    if (year != null && roundExists.test(year)) {
      errors.add(EvaluationVariables.ROUND_YEAR, YEAR_LABEL, "det er allerede startet en evalueringsrunde for " + year
          + ", og det kan bare være én runde per år" + (yearGiven ? "" : "; oppgi året for å starte en senere runde"));
    }

    Instant due = null;
    Object rawDue = variables.get(EvaluationVariables.REPORT_DUE_LOCAL);
    if (rawDue == null || rawDue.toString().isBlank()) {
      if (year != null) {
        due = schedule.reportDue(year);
      }
    } else {
      try {
        due = LocalDateTime.parse(rawDue.toString().strip()).atZone(zone).toInstant();
      } catch (DateTimeParseException e) {
        errors.add(EvaluationVariables.REPORT_DUE_LOCAL, DUE_LABEL,
            "må være dato og klokkeslett på formen " + (thisYear + 1) + "-03-01T12:00");
      }
    }
    if (due != null && !due.isAfter(now)) {
      errors.add(EvaluationVariables.REPORT_DUE_LOCAL, DUE_LABEL, "fristen " + NorwegianFormat.dateTime(due, zone)
          + " har allerede gått ut; den må ligge fram i tid");
    }

    errors.throwIfAny(REFUSED);
    return new RoundRequest(year, due, startedBy);
  }
}
