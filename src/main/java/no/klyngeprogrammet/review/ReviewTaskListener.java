package no.klyngeprogrammet.review;

import static no.klyngeprogrammet.application.ApplicationVariables.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.klyngeprogrammet.application.SubmissionValidator;
import no.klyngeprogrammet.application.SubmittedApplications;
import no.klyngeprogrammet.scoring.Criterion;
import no.klyngeprogrammet.scoring.ScoreValue;
import no.klyngeprogrammet.validation.Errors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.springframework.stereotype.Component;

/**
 * "Vurder søknaden": shows the application's content to the reviewer, and requires for every
 * criterion a score from 0 to 5 in half points and a justification.
 */
@Component
class ReviewTaskListener implements TaskListener {

  static final String REFUSED = "Fagvurderingen ble ikke lagret. Rett opp følgende:";

  /**
   * The one task-local variable that holds what the review form shows beyond what the impartiality
   * declaration already showed; the form's group "Søknaden" reads it as its path.
   */
  static final String CONTENT = "application";

  /** The keys of {@link #CONTENT}, in the order the form shows them. */
  static final List<String> CONTENT_KEYS = List.of(LEVEL, MembersInRegister.KEY, VISION, FOCUS_AREAS,
      PROJECT_DESCRIPTION, PROJECT_EFFECT, PROGRAMME_CONTRIBUTION, IMPLEMENTATION_PLAN, BUDGET_PER_YEAR,
      AMOUNT_APPLIED, OWN_FINANCING);

  private final SubmittedApplications applications;
  private final MembersInRegister membersInRegister;

  public ReviewTaskListener(SubmittedApplications applications, MembersInRegister membersInRegister) {
    this.applications = applications;
    this.membersInRegister = membersInRegister;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      showContent(task);
      return;
    }
    Errors errors = new Errors();
    for (Criterion criterion : Criterion.values()) {
      String label = criterion.number() + ". " + criterion.displayName();
      ScoreValue.problem(task.getVariable(ReviewVariables.score(criterion)))
          .ifPresent(problem -> errors.add(ReviewVariables.score(criterion), label + ": poeng", problem));
      errors.requireText(ReviewVariables.justification(criterion), label + ": begrunnelse",
          task.getVariable(ReviewVariables.justification(criterion)));
    }
    errors.throwIfAny(REFUSED);
  }

  /**
   * The task exists only after an impartial declaration. Its content is local to the task, so no
   * other task of the review (the declaration of a reviewer named later, say) can read it. It is one
   * JSON value rather than a variable per field: the engine writes it, and deletes it with the task,
   * as one row and its byte array instead of twelve, for every reviewer of every application.
   */
  private void showContent(DelegateTask task) {
    var submission = applications.submission(caseNumber(task), version(task));
    Map<String, Object> all = SubmissionValidator.toVariables(submission);
    all.put(MembersInRegister.KEY, membersInRegister.describe(caseNumber(task), version(task), submission));
    task.setVariableLocal(CONTENT, content(all));
  }

  /** The value of {@link #CONTENT}: the keys the form shows, in its order, from values that may hold more. */
  static ObjectValue content(Map<String, Object> values) {
    Map<String, Object> content = new LinkedHashMap<>();
    CONTENT_KEYS.forEach(key -> content.put(key, values.get(key)));
    return Variables.objectValue(content).serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
  }
}
