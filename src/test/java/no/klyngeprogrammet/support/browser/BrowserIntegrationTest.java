package no.klyngeprogrammet.support.browser;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.klyngeprogrammet.application.ApplicationVariables;
import no.klyngeprogrammet.call.CallVariables;
import no.klyngeprogrammet.review.ReviewVariables;
import no.klyngeprogrammet.scoring.Criterion;
import no.klyngeprogrammet.support.RunningApplication;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole application as in {@link RunningApplication}, and a fresh headless Chromium per test on
 * its real pages. Suites are named {@code *BrowserTest} and run in a JVM of their own. A failed
 * test leaves a screenshot and the page's HTML beside the others. State that a test is not about
 * is prepared through the Java API, with the steps below.
 *
 * <p>Without process test coverage: its listener reads each process definition as the logged-in
 * user, and a reviewer, say, may not read one, so a task completed in Tasklist would fail in a
 * way it never does in production. The other suites cover every model.
 */
@ExtendWith(ChromiumAvailable.class)
public abstract class BrowserIntegrationTest extends RunningApplication {

  @LocalServerPort protected int port;

  protected Browser browser;

  @RegisterExtension
  final AfterTestExecutionCallback keepTheFailedPage = context -> {
    if (context.getExecutionException().isPresent() && browser != null) {
      browser.keepPage("failed");
    }
  };

  @BeforeEach
  void startBrowser(TestInfo test) {
    browser = new Browser(port, getClass().getSimpleName(), test.getTestMethod().orElseThrow().getName());
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  /** Opens the 2027 call on 1 September, deadline 15 September 12:00. */
  protected ProcessInstance openCall() {
    setClock(oslo("2027-09-01T10:00"));
    return runtimeService.startProcessInstanceByKey(CallVariables.PROCESS_KEY,
        Map.of(CallVariables.CALL_TITLE, "Utlysning 2027", CallVariables.DEADLINE_LOCAL, "2027-09-15T12:00"));
  }

  /** An application submitted through the Java API, where submitting it is not what the test is about. */
  protected ProcessInstance submit(Map<String, Object> form) {
    String definitionId = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(ApplicationVariables.PROCESS_KEY).latestVersion().singleResult().getId();
    return processEngine.getFormService().submitStartForm(definitionId, form);
  }

  /** The deadline passes (intake closes, the formal check runs); the next morning. */
  protected void pastTheDeadline() {
    setClock(oslo("2027-09-15T12:00"));
    executeDueJobs();
    setClock(oslo("2027-09-16T09:00"));
  }

  protected Task task(ProcessInstance instance, String key) {
    return taskService().createTaskQuery().processInstanceBusinessKey(instance.getBusinessKey()).taskDefinitionKey(key).singleResult();
  }

  protected Task task(ProcessInstance instance, String key, String assignee) {
    return taskService().createTaskQuery().processInstanceBusinessKey(instance.getBusinessKey()).taskDefinitionKey(key)
        .taskAssignee(assignee).singleResult();
  }

  /** A case officer keeps the proposed reviewers. */
  protected void assignReviewers(ProcessInstance application, String officer, String... reviewers) {
    Task assign = task(application, "Task_AssignReviewers");
    taskService().claim(assign.getId(), officer);
    taskService().complete(assign.getId(), Map.of(ReviewVariables.SELECTED_REVIEWERS, List.of(reviewers)));
  }

  /** A reviewer declares impartiality and gives every criterion {@code score}. */
  protected void review(ProcessInstance application, String reviewer, double score) {
    taskService().complete(task(application, "Task_DeclareImpartiality", reviewer).getId(),
        Map.of(ReviewVariables.CONFLICT_OF_INTEREST, false));
    Map<String, Object> scores = new HashMap<>();
    for (Criterion criterion : Criterion.values()) {
      scores.put(ReviewVariables.score(criterion), score);
      scores.put(ReviewVariables.justification(criterion), "Vurdering av " + criterion.displayName().toLowerCase() + ".");
    }
    taskService().complete(task(application, "Task_ReviewApplication", reviewer).getId(), scores);
    executeDueJobs();
  }

  private TaskService taskService() {
    return processEngine.getTaskService();
  }
}
