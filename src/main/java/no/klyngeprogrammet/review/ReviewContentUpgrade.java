package no.klyngeprogrammet.review;

import java.util.Map;
import no.klyngeprogrammet.config.SetupLock;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Review tasks created before the application's content became one variable hold it as a
 * task-local variable per field, which the review form no longer reads. At start-up every such open
 * task gets the content the form reads, from the values it already shows, and loses the old copies,
 * so a reviewer in the middle of a review round sees the same application after an upgrade. Under
 * the cluster's setup lock, so a second node starting at once finds nothing left to do.
 */
@Component
class ReviewContentUpgrade {

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final SetupLock setupLock;

  ReviewContentUpgrade(RuntimeService runtimeService, TaskService taskService, SetupLock setupLock) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.setupLock = setupLock;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void upgradeOpenReviewTasks() {
    setupLock.holding(() -> {
      // Only the old layout had the register's description as a variable of its own.
      for (VariableInstance old : runtimeService.createVariableInstanceQuery()
          .variableName(MembersInRegister.KEY).list()) {
        if (old.getTaskId() != null) {
          upgrade(old.getTaskId());
        }
      }
    });
  }

  private void upgrade(String taskId) {
    Map<String, Object> shown = taskService.getVariablesLocal(taskId, ReviewTaskListener.CONTENT_KEYS);
    taskService.setVariableLocal(taskId, ReviewTaskListener.CONTENT, ReviewTaskListener.content(shown));
    taskService.removeVariablesLocal(taskId, ReviewTaskListener.CONTENT_KEYS);
  }
}
