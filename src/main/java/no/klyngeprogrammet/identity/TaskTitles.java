package no.klyngeprogrammet.identity;

import java.util.StringJoiner;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Names each user task after whose case it is, "Vurder søknaden – NIC-2027-0001 Blå Vekst", as the
 * engine creates it. Tasklist shows a task's name in the list and as the task's title, and a reviewer
 * or a council member may read their task but not the process instance behind it: so the name is
 * where they learn the case, and nobody gains a permission. Tasks of a call, which has no single
 * case, carry the call's title instead.
 *
 * <p>The Camunda Spring Boot starter publishes every task event to Spring (its "Spring Eventing
 * Bridge", {@code camunda.bpm.eventing.task}, on by default), so this covers every user task of
 * every model without a listener in each model.
 */
@Component
class TaskTitles {

  static final String SEPARATOR = " – ";
  /** The engine keeps at most this many characters of a task's name. */
  static final int MAX_LENGTH = 255;
  /** {@code CallVariables.CALL_TITLE}, named here because call depends on identity. */
  static final String CALL_TITLE = "callTitle";

  /**
   * Every event of every task comes here. The event name is checked in Java: as a SpEL
   * {@code condition} on the listener it was parsed and evaluated for each of them, which cost
   * more of the engine's threads than naming the tasks did (docs/benchmarks.md).
   */
  @EventListener
  public void nameAfterTheCase(DelegateTask task) {
    if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
      return;
    }
    task.setName(title(task.getName(), text(task, IdentitySetup.CASE_NUMBER_COLUMN),
        text(task, IdentitySetup.CLUSTER_NAME_COLUMN), text(task, CALL_TITLE)));
  }

  /** The task's name from the model, followed by the case number and the cluster, or else the call. */
  static String title(String name, String caseNumber, String clusterName, String callTitle) {
    StringJoiner whose = new StringJoiner(" ");
    if (caseNumber != null) {
      whose.add(caseNumber);
    }
    if (clusterName != null) {
      whose.add(clusterName);
    }
    if (whose.length() == 0 && callTitle != null) {
      whose.add(callTitle);
    }
    if (whose.length() == 0) {
      return name;
    }
    String title = name + SEPARATOR + whose;
    return title.length() <= MAX_LENGTH ? title : title.substring(0, MAX_LENGTH - 1) + "…";
  }

  private static String text(DelegateTask task, String variable) {
    return task.getVariable(variable) instanceof String value && !value.isBlank() ? value.strip() : null;
  }
}
