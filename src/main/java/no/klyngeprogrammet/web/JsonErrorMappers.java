package no.klyngeprogrammet.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A body the REST API cannot read gets 400 with a short Norwegian message, as the engine's own
 * mappers answer, but without their parser internals and Java class names
 * ({@code StartProcessInstanceDto}, {@code StreamReadConstraints}). Where the reader knows the
 * field, the message names it.
 */
public final class JsonErrorMappers {

  static final String NOT_JSON = "Forespørselen er ikke gyldig JSON.";
  static final String WRONG_SHAPE = "Forespørselen har ikke den formen tjenesten venter";
  static final String TOO_DEEP = "Forespørselen er for stor eller for dypt nestet.";

  private JsonErrorMappers() {}

  static Response badRequest(String message) {
    return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
        .entity(Map.of("type", "InvalidRequestException", "message", message)).build();
  }

  /** Takes precedence over the engine's mapper for the same exception. */
  @Provider
  @Priority(1)
  public static class NotJson implements ExceptionMapper<JsonParseException> {
    @Override
    public Response toResponse(JsonParseException exception) {
      return badRequest(NOT_JSON);
    }
  }

  @Provider
  @Priority(1)
  public static class WrongShape implements ExceptionMapper<JsonMappingException> {
    @Override
    public Response toResponse(JsonMappingException exception) {
      String field = exception.getPath().stream().map(reference -> reference.getFieldName() != null
          ? reference.getFieldName() : "[" + reference.getIndex() + "]").collect(Collectors.joining("."));
      return badRequest(field.isEmpty() ? WRONG_SHAPE + "." : WRONG_SHAPE + " (felt " + field + ").");
    }
  }

  /** What remains, such as a body past the parser's limits on size and nesting. */
  @Provider
  @Priority(1)
  public static class Unreadable implements ExceptionMapper<JsonProcessingException> {
    @Override
    public Response toResponse(JsonProcessingException exception) {
      return badRequest(TOO_DEEP);
    }
  }
}
