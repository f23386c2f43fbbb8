package no.klyngeprogrammet.validation;

import java.util.ArrayList;
import java.util.List;

/** Collects field errors while a whole form is checked, so the user sees every problem at once. */
public class Errors {

  private final List<FieldError> errors = new ArrayList<>();

  public void add(String field, String label, String message) {
    errors.add(new FieldError(field, label, message));
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
