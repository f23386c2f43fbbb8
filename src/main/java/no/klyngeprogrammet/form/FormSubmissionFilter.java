package no.klyngeprogrammet.form;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import no.klyngeprogrammet.validation.FieldError;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Holds every form submitted through the engine's REST API (Tasklist's included) to its form, as
 * {@link FormSubmission} reads it, before the engine stores a variable. It runs after the
 * authentication of {@code /engine-rest} and of the webapps, with the caller's authorizations: what
 * the caller may not read, it does not look at, and the engine then answers as it always does.
 */
public class FormSubmissionFilter extends OncePerRequestFilter {

  static final String NOT_AUTHENTICATED = "Du må være logget inn for å sende inn et skjema.";
  static final String MALFORMED = "Innsendingen er ikke gyldig JSON med skjemaets felt under \"variables\".";
  static final String NO_THROWING = "En oppgave avsluttes bare ved å sende inn skjemaet sitt.";
  static final String NO_SUCH_TASK = "Oppgaven finnes ikke, eller den er allerede fullført.";

  private final Supplier<ProcessEngine> engine;
  private final ObjectMapper objectMapper;
  private final long maxBodySize;

  public FormSubmissionFilter(Supplier<ProcessEngine> engine, ObjectMapper objectMapper, long maxBodySize) {
    this.engine = engine;
    this.objectMapper = objectMapper;
    this.maxBodySize = maxBodySize;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<FormTarget> target = FormTarget.of(request.getMethod(),
        request.getRequestURI().substring(request.getContextPath().length()));
    if (target.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    if (engine.get().getIdentityService().getCurrentAuthentication() == null) {
      answer(response, HttpStatus.UNAUTHORIZED, NOT_AUTHENTICATED, List.of());
      return;
    }
    if (target.get().throwsFromTask()) {
      answer(response, HttpStatus.FORBIDDEN, NO_THROWING, List.of());
      return;
    }
    if (request.getContentLengthLong() > maxBodySize) {
      answer(response, HttpStatus.PAYLOAD_TOO_LARGE, tooLarge(), List.of());
      return;
    }
    byte[] body = request.getInputStream().readNBytes((int) maxBodySize + 1);
    if (body.length > maxBodySize) {
      answer(response, HttpStatus.PAYLOAD_TOO_LARGE, tooLarge(), List.of());
      return;
    }
    if (target.get().kind() == FormTarget.Kind.TASK && !visible(target.get().id())) {
      // A task just completed (a double click, a retry) or never seen: the engine would answer 500.
      answer(response, HttpStatus.NOT_FOUND, NO_SUCH_TASK, List.of());
      return;
    }
    Optional<Form> form = formOf(target.get());
    if (form.isEmpty()) {
      forward(target.get(), new ReplayedBody(request, body), response, chain);
      return;
    }
    ObjectNode submission;
    try {
      JsonNode parsed = body.length == 0 ? objectMapper.createObjectNode() : objectMapper.readTree(body);
      if (!parsed.isObject() || (parsed.has("variables") && !parsed.get("variables").isObject()
          && !parsed.get("variables").isNull())) {
        throw new IllegalArgumentException();
      }
      submission = (ObjectNode) parsed;
    } catch (JsonProcessingException | IllegalArgumentException e) {
      answer(response, HttpStatus.BAD_REQUEST, MALFORMED, List.of());
      return;
    }
    ObjectNode variables = submission.get("variables") instanceof ObjectNode given ? given
        : objectMapper.createObjectNode();
    var result = target.get().kind() == FormTarget.Kind.TASK
        ? FormSubmission.checkTask(form.get().schema(), variables, form.get().current()::get)
        : FormSubmission.checkStart(form.get().schema(), variables, form.get().engineKeys());
    List<FieldError> instructions = instructions(target.get(), submission);
    if (!instructions.isEmpty()) {
      answer(response, HttpStatus.BAD_REQUEST, FormSubmission.REFUSED, instructions);
      return;
    }
    if (result.refused()) {
      answer(response, HttpStatus.BAD_REQUEST, FormSubmission.REFUSED, result.errors());
      return;
    }
    submission.set("variables", result.accepted());
    forward(target.get(), new ReplayedBody(request, objectMapper.writeValueAsBytes(submission)), response, chain);
  }

  /**
   * A task completed by someone else after this filter saw it (a second tab, a double click) may be
   * gone when the engine looks for it or for the caller's permission on it: the engine then answers
   * 500 ("task is null") or 403. The engine's answer is held back until it is known, and such a
   * refusal is answered as the filter answers a task it does not find. Completions that meet inside
   * the engine keep their 409 from the REST API's exception mapping, which says that what was sent
   * is not stored. Only one completion is stored either way.
   */
  private void forward(FormTarget target, HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws IOException, ServletException {
    if (target.kind() != FormTarget.Kind.TASK) {
      chain.doFilter(request, response);
      return;
    }
    var held = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, held);
    int status = held.getStatus();
    if (status >= HttpStatus.BAD_REQUEST.value() && status != HttpStatus.CONFLICT.value() && !visible(target.id())) {
      answer(response, HttpStatus.NOT_FOUND, NO_SUCH_TASK, List.of());
      return;
    }
    held.copyBodyToResponse();
  }

  /**
   * Besides its variables a submission may only ask for them back (and name a start's business key,
   * which registration replaces): starting elsewhere than the start event, or without the listeners
   * that check the form, is for administrators in Cockpit.
   */
  private static List<FieldError> instructions(FormTarget target, ObjectNode submission) {
    Set<String> allowed = target.kind() == FormTarget.Kind.TASK ? Set.of("variables", "withVariablesInReturn")
        : Set.of("variables", "withVariablesInReturn", "businessKey");
    List<FieldError> errors = new java.util.ArrayList<>();
    submission.fieldNames().forEachRemaining(name -> {
      if (!allowed.contains(name)) {
        errors.add(new FieldError(name, name, FormSubmission.NOT_A_FIELD));
      }
    });
    return errors;
  }

  /** A form, what the case holds for its read-only keys, and keys the engine checks itself. */
  record Form(FormSchema schema, Map<String, Object> current, Set<String> engineKeys) {}

  /**
   * Empty when the caller may not see the task or definition, or it does not exist: the request then
   * goes on to the engine, which refuses it as it would have.
   */
  private Optional<Form> formOf(FormTarget target) throws IOException {
    FormService formService = engine.get().getFormService();
    TaskService taskService = engine.get().getTaskService();
    RepositoryService repositoryService = engine.get().getRepositoryService();
    try {
      if (target.kind() == FormTarget.Kind.TASK) {
        Task task = taskService.createTaskQuery().taskId(target.id()).singleResult();
        if (task == null || !mayWork(task)) {
          return Optional.empty();
        }
        FormSchema schema = schema(formService.getDeployedTaskForm(task.getId()));
        Set<String> readOnly = new HashSet<>();
        schema.fields().stream().filter(FormField::readOnly).forEach(f -> readOnly.add(f.key()));
        Map<String, Object> current = new LinkedHashMap<>();
        taskService.getVariables(task.getId(), readOnly)
            .forEach((key, value) -> current.put(key, FormSubmission.comparable(value)));
        return Optional.of(new Form(schema, current, Set.of()));
      }
      ProcessDefinition definition = target.kind() == FormTarget.Kind.DEFINITION_ID
          ? repositoryService.createProcessDefinitionQuery().processDefinitionId(target.id()).singleResult()
          : repositoryService.createProcessDefinitionQuery().processDefinitionKey(target.id()).latestVersion()
              .singleResult();
      if (definition == null || !mayStart(definition)) {
        return Optional.empty();
      }
      return Optional.of(new Form(schema(formService.getDeployedStartForm(definition.getId())), Map.of(),
          initiators(definition)));
    } catch (AuthorizationException notVisible) {
      return Optional.empty();
    } catch (ProcessEngineException withoutForm) {
      if (target.kind() == FormTarget.Kind.TASK && !visible(target.id())) {
        // Completed elsewhere while its form was read: the engine answers, as for a task it finds no more.
        return Optional.empty();
      }
      // A task or process without a Camunda Form takes no variables from its user at all.
      return Optional.of(new Form(FormSchema.parse(objectMapper.createObjectNode()), Map.of(), Set.of()));
    } catch (RuntimeException raced) {
      // The engine's authorization check of the form fails with a bare NullPointerException on a task
      // completed elsewhere since it was found: answered as one found no more.
      if (target.kind() == FormTarget.Kind.TASK && !visible(target.id())) {
        return Optional.empty();
      }
      throw raced;
    }
  }

  private boolean visible(String taskId) {
    return engine.get().getTaskService().createTaskQuery().taskId(taskId).count() == 1;
  }

  /** As the engine decides who may complete a task: then its answer, not this filter's, is the one given. */
  private boolean mayWork(Task task) {
    ProcessDefinition definition = engine.get().getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionId(task.getProcessDefinitionId()).singleResult();
    String definitionKey = definition == null ? null : definition.getKey();
    return authorized(TaskPermissions.TASK_WORK, Resources.TASK, task.getId())
        || authorized(TaskPermissions.UPDATE, Resources.TASK, task.getId())
        || (definitionKey != null && (authorized(ProcessDefinitionPermissions.TASK_WORK, Resources.PROCESS_DEFINITION,
            definitionKey) || authorized(ProcessDefinitionPermissions.UPDATE_TASK, Resources.PROCESS_DEFINITION,
            definitionKey)));
  }

  private boolean mayStart(ProcessDefinition definition) {
    return authorized(ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, definition.getKey())
        && authorized(Permissions.CREATE, Resources.PROCESS_INSTANCE, Authorization.ANY);
  }

  private boolean authorized(Permission permission, Resources resource, String resourceId) {
    var caller = engine.get().getIdentityService().getCurrentAuthentication();
    return engine.get().getAuthorizationService().isUserAuthorized(caller.getUserId(), caller.getGroupIds(),
        permission, resource, resourceId);
  }

  private FormSchema schema(InputStream form) throws IOException {
    try (form) {
      return FormSchema.read(form);
    }
  }

  /** The start event's initiator variable is the engine's to set; the start form's own rules check who it names. */
  private Set<String> initiators(ProcessDefinition definition) {
    RepositoryService repositoryService = engine.get().getRepositoryService();
    Set<String> keys = new HashSet<>();
    repositoryService.getBpmnModelInstance(definition.getId()).getModelElementsByType(StartEvent.class).stream()
        .map(StartEvent::getCamundaInitiator).filter(name -> name != null).forEach(keys::add);
    return keys;
  }

  private String tooLarge() {
    return "Innsendingen er for stor: høyst " + maxBodySize / 1024 + " kB.";
  }

  /** The same answer as the engine's REST API gives for refused input, with the broken rules field by field. */
  private void answer(HttpServletResponse response, HttpStatus status, String message, List<FieldError> errors)
      throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    String text = errors.isEmpty() ? message : message + " " + String.join("; ",
        errors.stream().map(FieldError::describe).toList());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", !errors.isEmpty() ? "ValidationException"
        : status == HttpStatus.NOT_FOUND ? "NotFoundException" : "InvalidRequestException");
    body.put("message", text);
    body.put("fieldErrors", errors);
    response.getOutputStream().write(objectMapper.writeValueAsBytes(body));
  }

  /** The request with the body the filter read, or the body it rewrote, for the REST API to read again. */
  static final class ReplayedBody extends HttpServletRequestWrapper {
    private final byte[] body;

    ReplayedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("The body is already read");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }

    @Override
    public String getHeader(String name) {
      return "content-length".equalsIgnoreCase(name) ? Integer.toString(body.length) : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      return "content-length".equalsIgnoreCase(name) ? Collections.enumeration(List.of(Integer.toString(body.length)))
          : super.getHeaders(name);
    }
  }
}
