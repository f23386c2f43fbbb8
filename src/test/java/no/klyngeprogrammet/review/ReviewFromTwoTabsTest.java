package no.klyngeprogrammet.review;

import static no.klyngeprogrammet.support.TestApplications.eligibleForm;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.klyngeprogrammet.call.CallVariables;
import no.klyngeprogrammet.scoring.Criterion;
import no.klyngeprogrammet.support.Http;
import no.klyngeprogrammet.support.IntegrationTest;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A reviewer who sends the same review from two browser tabs at the same moment, through Tasklist's
 * own door to the engine and through the REST API: one submission is kept, the other is told, in
 * Norwegian and without the engine's or the database's internals, that the task was sent in
 * elsewhere (409), or that it no longer exists (404) when the first had already finished. Never a 500.
 */
class ReviewFromTwoTabsTest extends IntegrationTest {

  static final List<String> REVIEWERS = List.of("rev1", "rev2", "rev3", "rev4", "rev5");
  static final String PASSWORD = "to-faner";
  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired FormService formService;
  @Autowired TaskService taskService;
  @LocalServerPort int port;

  ExecutorService tabs;
  ProcessInstance review;

  @BeforeEach
  void fiveImpartialReviewersOfOneApplication() {
    letCoverageReadTheDefinitions("reviewers");
    for (String reviewer : REVIEWERS) {
      ensureUser(reviewer, "reviewers", PASSWORD);
    }
    setClock(oslo("2027-09-01T10:00"));
    runtimeService.startProcessInstanceByKey(CallVariables.PROCESS_KEY,
        Map.of(CallVariables.CALL_TITLE, "Utlysning 2027", CallVariables.DEADLINE_LOCAL, "2027-09-15T12:00"));
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("ClusterApplication")
        .latestVersion().singleResult().getId();
    ProcessInstance application = formService.submitStartForm(definitionId, eligibleForm(1));
    setClock(oslo("2027-09-15T12:00"));
    executeDueJobs();
    setClock(oslo("2027-09-16T09:00"));
    review = runtimeService.createProcessInstanceQuery().superProcessInstanceId(application.getId()).singleResult();

    Task assignment = taskService.createTaskQuery().processInstanceId(review.getId())
        .taskDefinitionKey("Task_AssignReviewers").singleResult();
    ensureUser("officer1", "case-officers");
    taskService.claim(assignment.getId(), "officer1");
    taskService.complete(assignment.getId(), Map.of(ReviewVariables.SELECTED_REVIEWERS, REVIEWERS));
    for (String reviewer : REVIEWERS) {
      taskService.complete(reviewTask("Task_DeclareImpartiality", reviewer).getId(),
          Map.of(ReviewVariables.CONFLICT_OF_INTEREST, false));
    }
    tabs = Executors.newFixedThreadPool(2);
  }

  @AfterEach
  void closeTabs() {
    tabs.shutdownNow();
  }

  Task reviewTask(String key, String reviewer) {
    return taskService.createTaskQuery().processInstanceId(review.getId()).taskDefinitionKey(key)
        .taskAssignee(reviewer).singleResult();
  }

  static String scores(String reviewer, double value) {
    ObjectNode variables = JSON.createObjectNode();
    for (Criterion criterion : Criterion.values()) {
      variables.putObject(ReviewVariables.score(criterion)).put("value", value).put("type", "Double");
      variables.putObject(ReviewVariables.justification(criterion))
          .put("value", reviewer + " om " + criterion.displayName() + ": vurdert i to faner.").put("type", "String");
    }
    ObjectNode body = JSON.createObjectNode();
    body.set("variables", variables);
    return body.toString();
  }

  /** Where a reviewer's browser sends a task's form, and the headers that let it in. */
  record Door(Http browser, String prefix, String... headers) {}

  Door restApi(String reviewer) {
    return new Door(new Http(port), "/engine-rest", "Authorization", Http.basic(reviewer, PASSWORD));
  }

  Door tasklist(String reviewer) {
    Http browser = new Http(port);
    assertThat(browser.loginToTasklist(reviewer, PASSWORD).statusCode()).isEqualTo(200);
    return new Door(browser, "/camunda/api/engine/engine/default", "X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN"));
  }

  @Test
  void aReviewSentFromTwoTabsAtOnceIsKeptOnceAndTheOtherTabIsToldWhy() throws Exception {
    for (String reviewer : REVIEWERS) {
      Door door = REVIEWERS.indexOf(reviewer) % 2 == 0 ? tasklist(reviewer) : restApi(reviewer);
      Task task = reviewTask("Task_ReviewApplication", reviewer);
      String path = door.prefix() + "/task/" + task.getId() + "/submit-form";
      CyclicBarrier together = new CyclicBarrier(2);
      List<Future<HttpResponse<String>>> sent = new ArrayList<>();
      for (double value : new double[] {3.0, 4.0}) {
        sent.add(tabs.submit(() -> {
          together.await();
          return door.browser().postJson(path, scores(reviewer, value), door.headers());
        }));
      }
      List<HttpResponse<String>> answers = new ArrayList<>();
      for (var answer : sent) {
        answers.add(answer.get());
      }

      assertThat(answers).as("%s: one tab's review is kept", reviewer)
          .filteredOn(answer -> answer.statusCode() == 204).hasSize(1);
      HttpResponse<String> other = answers.stream().filter(answer -> answer.statusCode() != 204).findFirst()
          .orElseThrow();
      assertThat(other.statusCode()).as(other.body()).isIn(404, 409);
      assertThat(other.body()).contains("Oppgaven").doesNotContain("org.camunda", "ENGINE-", "SQL", "ACT_",
          "act_", "java.", "Exception:");
      assertThat(reviewTask("Task_ReviewApplication", reviewer)).isNull();
      int done = REVIEWERS.indexOf(reviewer) + 1;
      String score = ReviewVariables.score(Criterion.SYNERGY);
      assertThat(historyService.createHistoricDetailQuery().processInstanceId(review.getId()).variableUpdates()
          .list().stream().filter(detail -> score.equals(((HistoricVariableUpdate) detail).getVariableName())))
          .as("%s: the score of one tab, written once", reviewer).hasSize(done);
      assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(review.getId())
          .variableName(score).list()).hasSize(done).allSatisfy(v -> assertThat(v.getValue()).isIn(3.0, 4.0));
    }
  }
}
