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
import no.klyngeprogrammet.config.ConcurrentChange;
import no.klyngeprogrammet.validation.FieldError;
import no.klyngeprogrammet.validation.ValidationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * What the engine's REST API answers when a start or a task's form is refused or loses a race. Its
 * resources wrap whatever a start or a completion throws in a {@link RestException} with status
 * 500; this mapper takes precedence over the engine's own and unwraps ours:
 * <ul>
 *   <li>refused input: 400 with the broken rules, field by field;
 *   <li>a change that met another change of the same case at the same moment
 *       ({@link ConcurrentChange}): 409, saying that nothing of it was stored; a task someone
 *       else has claimed: 409, naming who;
 *   <li>anything else: the engine's own answer.
 * </ul>
 */
@Provider
@Priority(1)
public class RestExceptionMapper implements ExceptionMapper<RestException> {

  static final String TASK_CHANGED_ELSEWHERE = "Oppgaven ble sendt inn eller endret et annet sted i samme øyeblikk."
      + " Det du sendte nå, er ikke lagret. Last inn oppgaven på nytt.";
  static final String CASE_CHANGED_ELSEWHERE = "Saken ble endret et annet sted i samme øyeblikk."
      + " Ingenting av dette er lagret. Last inn på nytt og prøv igjen.";

  private static final Pattern TASK = Pattern.compile("(^|/)task/[^/]+/[^/]+$");
  private static final Pattern APPLICATION_START = Pattern.compile(
      "process-definition/(key/" + ApplicationVariables.PROCESS_KEY + "|" + ApplicationVariables.PROCESS_KEY
          + ":[^/]+)/(submit-form|start)$");

  @Context UriInfo uri;

  public record Body(String type, String message, List<FieldError> fieldErrors) {}

  @Override
  public Response toResponse(RestException exception) {
    var invalid = ValidationException.findIn(exception).or(() -> lostApplicationRace(exception));
    if (invalid.isPresent()) {
      return answer(Response.Status.BAD_REQUEST,
          new Body("ValidationException", invalid.get().getMessage(), invalid.get().errors()));
    }
    return conflict(exception, uri).orElseGet(() -> ExceptionHandlerHelper.getInstance().getResponse(exception));
  }

  /**
   * 409 for a change that met another at the same moment, wrapped by a resource or thrown as it is:
   * a task claimed by someone else, or a change rolled back whole ({@link ConcurrentChange}).
   */
  static Optional<Response> conflict(Throwable exception, UriInfo uri) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof TaskAlreadyClaimedException claimed) {
        return Optional.of(answer(Response.Status.CONFLICT, new Body(TaskAlreadyClaimedException.class.getSimpleName(),
            "Oppgaven er allerede tatt av " + claimed.getTaskAssignee() + ".", List.of())));
      }
    }
    if (ConcurrentChange.in(exception)) {
      boolean task = uri != null && TASK.matcher(uri.getPath()).find();
      // The engine's name for it, which its own clients look for to send the request again.
      return Optional.of(answer(Response.Status.CONFLICT, new Body(OptimisticLockingException.class.getSimpleName(),
          task ? TASK_CHANGED_ELSEWHERE : CASE_CHANGED_ELSEWHERE, List.of())));
    }
    return Optional.empty();
  }

  static Response answer(Response.Status status, Body body) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }

  /** An application's start that lost an optimistic-locking race stored nothing and is refused as such. */
  private Optional<ValidationException> lostApplicationRace(RestException exception) {
    boolean applicationStart = uri != null && APPLICATION_START.matcher(uri.getPath()).find();
    return applicationStart && ConcurrentChange.in(exception)
        ? Optional.of(ApplicationIntake.submittedAtTheSameMoment()) : Optional.empty();
  }
}
