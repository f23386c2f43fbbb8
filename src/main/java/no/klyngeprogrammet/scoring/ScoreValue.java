package no.klyngeprogrammet.scoring;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One score on one criterion: 0 to 5 in half points. Scores arrive from forms and REST as numbers
 * or as text typed with a Norwegian decimal comma, so both are accepted.
 */
public final class ScoreValue {

  static final String MISSING = "må fylles ut";
  static final String NOT_A_NUMBER = "må være et tall";
  static final String OUT_OF_RANGE = "må være mellom 0 og 5";
  static final String NOT_HALF_POINTS = "må være i hele eller halve poeng";

  private static final BigDecimal MAX = BigDecimal.valueOf(5);
  private static final BigDecimal TWO = BigDecimal.valueOf(2);
  // Plain decimals only: exponents like "5e-1" are no way a reviewer writes a score.
  private static final Pattern DECIMAL = Pattern.compile("-?(\\d+([.,]\\d+)?|[.,]\\d+)");

  private ScoreValue() {}

  /** Why the value is not a valid score, in words a user can act on; empty when it is valid. */
  public static Optional<String> problem(Object value) {
    return check(value).problem();
  }

  /** The score with one decimal, e.g. 3.5 or 4.0. */
  public static BigDecimal parse(Object value) {
    Checked checked = check(value);
    if (checked.problem().isPresent()) {
      throw new IllegalArgumentException(checked.problem().get());
    }
    return checked.score();
  }

  private static Checked check(Object value) {
    if (value == null || value instanceof String text && text.isBlank()) {
      return Checked.invalid(MISSING);
    }
    BigDecimal number = toNumber(value);
    if (number == null) {
      return Checked.invalid(NOT_A_NUMBER);
    }
    if (number.signum() < 0 || number.compareTo(MAX) > 0) {
      return Checked.invalid(OUT_OF_RANGE);
    }
    if (number.multiply(TWO).stripTrailingZeros().scale() > 0) {
      return Checked.invalid(NOT_HALF_POINTS);
    }
    return new Checked(number.setScale(1), Optional.empty());
  }

  private static BigDecimal toNumber(Object value) {
    if (value instanceof BigDecimal decimal) {
      return decimal;
    }
    if (value instanceof String text) {
      String trimmed = text.strip();
      return DECIMAL.matcher(trimmed).matches() ? new BigDecimal(trimmed.replace(',', '.')) : null;
    }
    if (value instanceof Number number) {
      try {
        return new BigDecimal(number.toString());
      } catch (NumberFormatException notFinite) {
        return null;
      }
    }
    return null;
  }

  private record Checked(BigDecimal score, Optional<String> problem) {
    static Checked invalid(String problem) {
      return new Checked(null, Optional.of(problem));
    }
  }
}
