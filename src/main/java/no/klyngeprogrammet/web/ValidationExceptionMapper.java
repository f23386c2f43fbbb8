package no.klyngeprogrammet.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import no.klyngeprogrammet.application.ApplicationIntake;
import no.klyngeprogrammet.application.ApplicationVariables;
import no.klyngeprogrammet.validation.FieldError;
import no.klyngeprogrammet.validation.ValidationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * Answers refused input on {@code /engine-rest} with 400 and the broken rules, field by field.
 * The engine's REST resources wrap whatever a process start throws in a {@link RestException}
 * with status 500; this mapper takes precedence over the engine's own and unwraps ours.
 */
@Provider
@Priority(1)
public class ValidationExceptionMapper implements ExceptionMapper<RestException> {

  private static final Pattern APPLICATION_START = Pattern.compile(
      "process-definition/(key/" + ApplicationVariables.PROCESS_KEY + "|" + ApplicationVariables.PROCESS_KEY
          + ":[^/]+)/(submit-form|start)$");

  @Context UriInfo uri;

  public record Body(String type, String message, List<FieldError> fieldErrors) {}

  @Override
  public Response toResponse(RestException exception) {
    var found = ValidationException.findIn(exception).or(() -> lostApplicationRace(exception));
    if (found.isEmpty()) {
      return ExceptionHandlerHelper.getInstance().getResponse(exception);
    }
    ValidationException invalid = found.get();
    return Response.status(Response.Status.BAD_REQUEST)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new Body("ValidationException", invalid.getMessage(), invalid.errors()))
        .build();
  }

  /** An application's start that lost an optimistic-locking race stored nothing and is refused as such. */
  private Optional<ValidationException> lostApplicationRace(RestException exception) {
    boolean applicationStart = uri != null && APPLICATION_START.matcher(uri.getPath()).find();
    for (Throwable cause = exception; applicationStart && cause != null; cause = cause.getCause()) {
      if (cause instanceof OptimisticLockingException) {
        return Optional.of(ApplicationIntake.submittedAtTheSameMoment());
      }
    }
    return Optional.empty();
  }
}
