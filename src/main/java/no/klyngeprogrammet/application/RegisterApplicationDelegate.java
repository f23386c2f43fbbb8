package no.klyngeprogrammet.application;

import static no.klyngeprogrammet.application.ApplicationVariables.*;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import no.klyngeprogrammet.validation.JsonLists;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;

/**
 * "Registrer søknad": runs in the transaction that submits the start form. An invalid or late
 * submission throws before anything is stored, which rolls the whole start back. A valid one
 * gets its case number as business key and replaces the instance of the version before it.
 * A public submission whose start was deferred was registered in its request and starts after
 * this task ({@link DeferredStarts}).
 */
@Component
class RegisterApplicationDelegate implements JavaDelegate {

  private final SubmissionRegistration registration;
  private final Supersession supersession;
  private final IdentityService identityService;

  public RegisterApplicationDelegate(SubmissionRegistration registration, Supersession supersession,
      IdentityService identityService) {
    this.registration = registration;
    this.supersession = supersession;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var authentication = identityService.getCurrentAuthentication();
    String user = authentication == null ? null : authentication.getUserId();
    Map<String, Object> variables = new HashMap<>(execution.getVariables());
    // The status token proves the case is the submitter's only as a transient value, which the engine
    // never writes to its tables or history; a stored one stays in the map and is refused as no field.
    var token = execution.getVariableTyped(STATUS_TOKEN);
    String statusToken = null;
    if (token != null && token.isTransient()) {
      variables.remove(STATUS_TOKEN);
      statusToken = token.getValue() instanceof String text ? text : null;
    }
    var registered = registration.register(variables, user, statusToken, execution.getProcessInstanceId());
    Submission submission = registered.submission();
    var registration = registered.registration();

    execution.setProcessBusinessKey(registration.caseNumber());
    // Only the stored values validation normalised: setting a variable again writes an update and a
    // history detail row (docs/benchmarks.md). A transient value ends with this transaction, and its
    // normalised form is in the snapshot.
    SubmissionValidator.toVariables(submission).forEach((name, value) -> {
      if (!isTransient(execution, name) && !Objects.equals(value, execution.getVariable(name))) {
        execution.setVariable(name, value);
      }
    });
    if (!isTransient(execution, MEMBERS)) {
      JsonValue members = JsonLists.json(submission.members());
      if (!JsonLists.sameJson(execution.getVariableTyped(MEMBERS, false), members)) {
        execution.setVariable(MEMBERS, members);
      }
    }
    execution.setVariable(CASE_NUMBER, registration.caseNumber());
    execution.setVariable(VERSION, registration.version());
    execution.setVariable(CALL_ID, registration.call().id());
    if (registration.version() > 1) {
      supersession.replace(registration.caseNumber(), registration.version(), submission.contactEmail());
    }
  }

  private static boolean isTransient(DelegateExecution execution, String name) {
    TypedValue value = execution.getVariableTyped(name, false);
    return value != null && value.isTransient();
  }
}
