package no.klyngeprogrammet.validation;

import java.util.ArrayList;
import java.util.List;

/** Collects field errors while a whole form is checked, so the user sees every problem at once. */
public class Errors {

  public static final int MAX_TEXT = 4000;

  private final List<FieldError> errors = new ArrayList<>();

  public void add(String field, String label, String message) {
    errors.add(new FieldError(field, label, message));
  }

  /** A required free text, at most {@value #MAX_TEXT} characters (a process variable's text column). */
  public void requireText(String field, String label, Object value) {
    if (!(value instanceof String text) || text.isBlank()) {
      add(field, label, "må fylles ut");
    } else if (text.length() > MAX_TEXT) {
      add(field, label, "kan ha høyst " + MAX_TEXT + " tegn, men har " + text.length());
    } else if (!Texts.isWellFormed(text)) {
      add(field, label, Texts.NOT_UNICODE);
    }
  }

  public boolean isEmpty() {
    return errors.isEmpty();
  }

  public void throwIfAny(String summary) {
    if (!errors.isEmpty()) {
      throw new ValidationException(summary, errors);
    }
  }
}
