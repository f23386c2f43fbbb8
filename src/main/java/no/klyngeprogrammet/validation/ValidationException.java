package no.klyngeprogrammet.validation;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Input that breaks the programme's rules. Thrown before anything is stored, so the surrounding
 * transaction rolls back and no case or process instance is left behind.
 *
 * <p>As a {@link BadUserRequestException} the engine logs it as the user's mistake, not as a
 * server error.
 */
public class ValidationException extends BadUserRequestException {

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

  /**
   * The validation failure behind an exception, if any: the engine wraps what task listeners throw,
   * and the REST layer wraps what process starts throw.
   */
  public static Optional<ValidationException> findIn(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof ValidationException validation) {
        return Optional.of(validation);
      }
    }
    return Optional.empty();
  }

  public String summary() {
    return summary;
  }

  public List<FieldError> errors() {
    return errors;
  }
}
