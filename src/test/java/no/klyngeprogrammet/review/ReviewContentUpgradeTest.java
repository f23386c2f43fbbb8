package no.klyngeprogrammet.review;

import static no.klyngeprogrammet.support.TestApplications.eligibleForm;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.klyngeprogrammet.call.CallVariables;
import no.klyngeprogrammet.support.IntegrationTest;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A review task created before the content became one variable, still open when the new version
 * starts, shows the same application afterwards.
 */
class ReviewContentUpgradeTest extends IntegrationTest {

  @Autowired FormService formService;
  @Autowired TaskService taskService;
  @Autowired ReviewContentUpgrade upgrade;

  @Test
  void anOpenReviewTaskWithTheOldCopiesGetsTheContentTheFormReadsAndLosesTheCopies() {
    Task review = aReviewTask();
    @SuppressWarnings("unchecked")
    Map<String, Object> shown = new LinkedHashMap<>(
        (Map<String, Object>) taskService.getVariableLocal(review.getId(), ReviewTaskListener.CONTENT));
    assertThat(shown).containsKeys(ReviewTaskListener.CONTENT_KEYS.toArray(String[]::new));
    asTheOldVersionWroteIt(review, shown);
    Task untouched = aReviewTaskOf("upgrev2");

    upgrade.upgradeOpenReviewTasks();

    assertThat(taskService.getVariablesLocal(review.getId()).keySet()).as("one variable instead of the copies")
        .contains(ReviewTaskListener.CONTENT).doesNotContainAnyElementsOf(ReviewTaskListener.CONTENT_KEYS);
    assertThat(taskService.getVariableLocal(review.getId(), ReviewTaskListener.CONTENT)).isEqualTo(shown);
    assertThat(historyService.createHistoricVariableInstanceQuery().taskIdIn(review.getId())
        .variableNameIn(ReviewTaskListener.CONTENT_KEYS.toArray(String[]::new)).count())
        .as("the copies leave no history, as before").isZero();
    Object other = taskService.getVariableLocal(untouched.getId(), ReviewTaskListener.CONTENT);

    upgrade.upgradeOpenReviewTasks();

    assertThat(taskService.getVariableLocal(review.getId(), ReviewTaskListener.CONTENT)).isEqualTo(shown);
    assertThat(taskService.getVariableLocal(untouched.getId(), ReviewTaskListener.CONTENT)).isEqualTo(other);
  }

  /** Eleven task-local variables, the register's description as a JSON value, as ReviewTaskListener wrote them. */
  void asTheOldVersionWroteIt(Task review, Map<String, Object> content) {
    taskService.removeVariableLocal(review.getId(), ReviewTaskListener.CONTENT);
    content.forEach((name, value) -> taskService.setVariableLocal(review.getId(), name,
        name.equals(MembersInRegister.KEY) ? Variables.objectValue(value)
            .serializationDataFormat(Variables.SerializationDataFormats.JSON).create() : value));
  }

  Task aReviewTask() {
    for (String reviewer : List.of("upgrev1", "upgrev2", "upgrev3")) {
      ensureUser(reviewer, "reviewers");
    }
    ensureUser("upgofficer", "case-officers");
    setClock(oslo("2027-09-01T10:00"));
    runtimeService.startProcessInstanceByKey(CallVariables.PROCESS_KEY,
        Map.of(CallVariables.CALL_TITLE, "Utlysning 2027", CallVariables.DEADLINE_LOCAL, "2027-09-15T12:00"));
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("ClusterApplication")
        .latestVersion().singleResult().getId();
    formService.submitStartForm(definitionId, eligibleForm(1));
    setClock(oslo("2027-09-15T12:00"));
    executeDueJobs();
    var assign = taskService.createTaskQuery().taskDefinitionKey("Task_AssignReviewers").singleResult();
    taskService.claim(assign.getId(), "upgofficer");
    taskService.complete(assign.getId(), Map.of(ReviewVariables.SELECTED_REVIEWERS, List.of("upgrev1", "upgrev2", "upgrev3")));
    return aReviewTaskOf("upgrev1");
  }

  Task aReviewTaskOf(String reviewer) {
    var declaration = taskService.createTaskQuery().taskDefinitionKey("Task_DeclareImpartiality").taskAssignee(reviewer)
        .singleResult();
    taskService.complete(declaration.getId(), Map.of(ReviewVariables.CONFLICT_OF_INTEREST, false));
    return taskService.createTaskQuery().taskDefinitionKey("Task_ReviewApplication").taskAssignee(reviewer)
        .singleResult();
  }
}
