package no.klyngeprogrammet.formal;

import static no.klyngeprogrammet.formal.FormalCheckVariables.*;

import java.util.List;
import java.util.stream.Collectors;
import no.klyngeprogrammet.validation.Claimed;
import no.klyngeprogrammet.validation.ValidationException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Vurder formell avvisning": shows the case officer the deficiencies, and refuses an overruling
 * without a written justification. The decision is recorded as the assignee's, so the task must
 * be claimed before it is completed.
 */
@Component
class FormalRejectionTaskListener implements TaskListener {

  static final int MAX_JUSTIFICATION = 4000;

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      @SuppressWarnings("unchecked")
      List<String> deficiencies = (List<String>) task.getVariable(DEFICIENCIES);
      task.setVariable(DEFICIENCIES_TEXT, deficiencies.stream().map(d -> "• " + d).collect(Collectors.joining("\n")));
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      checkDecision(task);
      task.setVariable(DECIDED_BY, task.getAssignee());
    }
  }

  private static void checkDecision(DelegateTask task) {
    Object overrule = task.getVariable(OVERRULE);
    Object justification = task.getVariable(JUSTIFICATION);
    String text = justification instanceof String s ? s.strip() : "";
    String refused = "Vurderingen ble ikke lagret.";
    Claimed.requireAssignee(task, refused, "Saksbehandler");
    if (!(overrule instanceof Boolean)) {
      throw ValidationException.single(refused, OVERRULE, "Avgjørelse", "velg om avvisningen står eller overprøves");
    }
    if ((Boolean) overrule && text.isEmpty()) {
      throw ValidationException.single(refused, JUSTIFICATION, "Begrunnelse",
          "må fylles ut når den formelle avvisningen overprøves");
    }
    if (text.length() > MAX_JUSTIFICATION) {
      throw ValidationException.single(refused, JUSTIFICATION, "Begrunnelse",
          "kan ha høyst " + MAX_JUSTIFICATION + " tegn, men har " + text.length());
    }
  }
}
