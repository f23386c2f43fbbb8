package no.klyngeprogrammet.validation;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * A decision is recorded as the assignee's, so a task that records one must be claimed before it
 * is completed.
 */
public final class Claimed {

  private Claimed() {}

  public static void requireAssignee(DelegateTask task, Errors errors, String role) {
    if (task.getAssignee() == null) {
      errors.add("assignee", role, "oppgaven må være tatt av " + article(role) + " før den fullføres");
    }
  }

  public static void requireAssignee(DelegateTask task, String refused, String role) {
    Errors errors = new Errors();
    requireAssignee(task, errors, role);
    errors.throwIfAny(refused);
  }

  private static String article(String role) {
    return role.equals("Programrådsmedlem") ? "et medlem av programrådet" : "en " + role.toLowerCase();
  }
}
