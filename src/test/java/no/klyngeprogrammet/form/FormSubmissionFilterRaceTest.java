package no.klyngeprogrammet.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A task completed in another tab between the filter's look at it and its reading of the task's
 * form: the engine's form lookup then fails with a bare NullPointerException (its authorization
 * check finds no task). The request is answered as for a task found no more, never with a 500.
 */
class FormSubmissionFilterRaceTest {

  static final String TASK = "oppgave-1";

  @Test
  void aTaskCompletedElsewhereWhileItsFormIsReadIsNotFoundRatherThanAnError() throws Exception {
    ProcessEngine engine = mock(ProcessEngine.class, RETURNS_DEEP_STUBS);
    when(engine.getIdentityService().getCurrentAuthentication())
        .thenReturn(new Authentication("saksbehandler1", List.<String>of("case-officers")));
    Task task = mock(Task.class);
    when(task.getId()).thenReturn(TASK);
    when(engine.getTaskService().createTaskQuery().taskId(TASK).singleResult()).thenReturn(task);
    // Seen when the request arrives, gone once its form has been asked for.
    when(engine.getTaskService().createTaskQuery().taskId(TASK).count()).thenReturn(1L, 0L);
    when(engine.getAuthorizationService().isUserAuthorized(anyString(), any(), any(), any(), anyString()))
        .thenReturn(true);
    when(engine.getFormService().getDeployedTaskForm(TASK)).thenThrow(new NullPointerException("task is null"));
    var filter = new FormSubmissionFilter(() -> engine, new ObjectMapper(), 1_000_000);

    var request = new MockHttpServletRequest("POST", "/camunda/api/engine/engine/default/task/" + TASK + "/submit-form");
    request.setContentType("application/json");
    request.setContent("{\"variables\": {}}".getBytes(StandardCharsets.UTF_8));
    var response = new MockHttpServletResponse();
    var engineAnswersForAMissingTask = new HttpServlet() {
      @Override
      protected void service(HttpServletRequest req, HttpServletResponse resp) {
        resp.setStatus(500);
      }
    };

    filter.doFilter(request, response, new MockFilterChain(engineAnswersForAMissingTask));

    assertThat(response.getStatus()).isEqualTo(404);
    assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains(FormSubmissionFilter.NO_SUCH_TASK);
  }
}
