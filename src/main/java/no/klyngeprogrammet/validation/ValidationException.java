package no.klyngeprogrammet.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input that breaks the programme's rules. Thrown before anything is stored, so the surrounding
 * transaction rolls back and no case or process instance is left behind.
 *
 * <p>It is deliberately not a {@code ProcessEngineException}: the REST layer then passes it to
 * our own mapper, which answers 400 with the field errors instead of a generic 500.
 */
public class ValidationException extends RuntimeException {

  private final String summary;
  private final List<FieldError> errors;

  public ValidationException(String summary, List<FieldError> errors) {
    super(summary + " " + errors.stream().map(FieldError::describe).collect(Collectors.joining("; ")));
    this.summary = summary;
    this.errors = List.copyOf(errors);
  }

  public static ValidationException single(String summary, String field, String label, String message) {
    return new ValidationException(summary, List.of(new FieldError(field, label, message)));
  }

  public String summary() {
    return summary;
  }

  public List<FieldError> errors() {
    return errors;
  }
}
