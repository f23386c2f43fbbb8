package no.klyngeprogrammet.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import no.klyngeprogrammet.validation.FieldError;
import no.klyngeprogrammet.validation.ValidationException;

/**
 * Answers refused input on {@code /engine-rest} with 400 and the broken rules, field by field,
 * in the shape of the engine's own error responses plus a list of field errors.
 */
@Provider
public class ValidationExceptionMapper implements ExceptionMapper<ValidationException> {

  public record Body(String type, String message, List<FieldError> fieldErrors) {}

  @Override
  public Response toResponse(ValidationException exception) {
    return Response.status(Response.Status.BAD_REQUEST)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new Body("ValidationException", exception.getMessage(), exception.errors()))
        .build();
  }
}
