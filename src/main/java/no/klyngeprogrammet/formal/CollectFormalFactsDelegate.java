package no.klyngeprogrammet.formal;

import no.klyngeprogrammet.application.ApplicationVariables;
import no.klyngeprogrammet.application.Submission;
import no.klyngeprogrammet.application.SubmittedApplications;
import no.klyngeprogrammet.register.RegisterChecks;
import no.klyngeprogrammet.register.Stage;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** "Sammenstill opplysninger": the facts the formal requirements decision reads. */
@Component
class CollectFormalFactsDelegate implements JavaDelegate {

  private final SubmittedApplications applications;
  private final FormalProperties properties;
  private final RegisterChecks registerChecks;
  private final RegisteredActorKinds registeredKinds;

  public CollectFormalFactsDelegate(SubmittedApplications applications, FormalProperties properties,
      RegisterChecks registerChecks, RegisteredActorKinds registeredKinds) {
    this.applications = applications;
    this.properties = properties;
    this.registerChecks = registerChecks;
    this.registeredKinds = registeredKinds;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = ApplicationVariables.caseNumber(execution);
    int version = ApplicationVariables.version(execution);
    Submission submission = applications.submission(caseNumber, version);
    // The facts are the decision's input and nothing else reads them. The decision, in this
    // transaction, reads them as transient values, and its history keeps them as its inputs;
    // as variables they were written again, three rows each, for every application at the deadline.
    FormalFacts.of(submission, properties.minimumMembersFor(submission.level())).toVariables()
        .forEach((name, value) -> execution.setVariable(name, Variables.untypedValue(value, true)));
    // The formal check does not wait for the register: what is still unchecked is tried once more
    // and otherwise shown to the case officer as not checked.
    registerChecks.recheck(caseNumber, version, Stage.SUBMISSION);
    execution.setVariables(RegisterFindings.of(submission, registerChecks.of(caseNumber, version, Stage.SUBMISSION),
        registeredKinds::of).toVariables());
  }
}
