package no.klyngeprogrammet.application;

import static no.klyngeprogrammet.application.ApplicationVariables.*;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import no.klyngeprogrammet.validation.JsonLists;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;

/**
 * "Registrer søknad": runs in the transaction that submits the start form. An invalid or late
 * submission throws before anything is stored, which rolls the whole start back. A valid one
 * gets its case number as business key and replaces the instance of the version before it.
 */
@Component
class RegisterApplicationDelegate implements JavaDelegate {

  private final ApplicationIntake intake;
  private final SubmissionRegisterCheck registerCheck;
  private final ApplicationRepository applications;
  private final SubmittedApplications submitted;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final ApplicationProperties limits;

  public RegisterApplicationDelegate(ApplicationIntake intake, SubmissionRegisterCheck registerCheck,
      ApplicationRepository applications, SubmittedApplications submitted, RuntimeService runtimeService,
      IdentityService identityService, ApplicationProperties limits) {
    this.intake = intake;
    this.registerCheck = registerCheck;
    this.applications = applications;
    this.submitted = submitted;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.limits = limits;
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
    Submission submission = SubmissionValidator.validate(variables, user, limits);
    // Before the intake takes the call's lock: the look-ups wait for the network.
    var registerAnswers = registerCheck.refuseWhatTheRegisterRefuses(submission);
    var registration = intake.register(submission, execution.getProcessInstanceId(),
        new ApplicationIntake.Submitter(user, statusToken));
    registerCheck.keep(registration.caseNumber(), registration.version(), registerAnswers);

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

    registration.previousProcessInstanceId().ifPresent(previous -> {
      String previousEmail = applications.findByProcessInstance(previous)
          .map(stored -> submitted.read(stored.snapshot()).contactEmail())
          .orElseThrow(() -> new IllegalStateException("The replaced version has no stored snapshot"));
      runtimeService.createMessageCorrelation(MESSAGE_SUPERSEDED)
          .processInstanceId(previous)
          .setVariable(SUPERSEDED_BY_VERSION, registration.version())
          .setVariable(CONTACT_CHANGED, !sameAddress(previousEmail, submission.contactEmail()))
          .correlateWithResult();
    });
  }

  private static boolean isTransient(DelegateExecution execution, String name) {
    TypedValue value = execution.getVariableTyped(name, false);
    return value != null && value.isTransient();
  }

  /** The local part may be case-sensitive by the standard, but no mail provider here treats it so. */
  private static boolean sameAddress(String a, String b) {
    return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
  }
}
