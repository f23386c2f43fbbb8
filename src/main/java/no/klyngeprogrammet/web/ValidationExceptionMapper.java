package no.klyngeprogrammet.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import no.klyngeprogrammet.validation.FieldError;
import no.klyngeprogrammet.validation.ValidationException;
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

  public record Body(String type, String message, List<FieldError> fieldErrors) {}

  @Override
  public Response toResponse(RestException exception) {
    var found = ValidationException.findIn(exception);
    if (found.isEmpty()) {
      return ExceptionHandlerHelper.getInstance().getResponse(exception);
    }
    ValidationException invalid = found.get();
    return Response.status(Response.Status.BAD_REQUEST)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new Body("ValidationException", invalid.getMessage(), invalid.errors()))
        .build();
  }
}
