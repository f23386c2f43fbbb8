package no.klyngeprogrammet.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;

/**
 * What the engine's REST API answers when a resource lets the engine's exception through unwrapped,
 * as claiming a task does: a lost race gets the same 409 as in {@link RestExceptionMapper}, where
 * the engine would answer 500 with its English message; anything else the engine's own answer.
 */
@Provider
@Priority(1)
public class EngineExceptionMapper implements ExceptionMapper<ProcessEngineException> {

  @Context UriInfo uri;

  @Override
  public Response toResponse(ProcessEngineException exception) {
    return RestExceptionMapper.conflict(exception, uri)
        .orElseGet(() -> ExceptionHandlerHelper.getInstance().getResponse(exception));
  }
}
