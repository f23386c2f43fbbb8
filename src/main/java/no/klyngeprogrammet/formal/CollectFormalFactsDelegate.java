package no.klyngeprogrammet.formal;

import no.klyngeprogrammet.application.ApplicationVariables;
import no.klyngeprogrammet.application.Submission;
import no.klyngeprogrammet.application.SubmittedApplications;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Sammenstill opplysninger": the facts the formal requirements decision reads. */
@Component
class CollectFormalFactsDelegate implements JavaDelegate {

  private final SubmittedApplications applications;
  private final FormalProperties properties;

  public CollectFormalFactsDelegate(SubmittedApplications applications, FormalProperties properties) {
    this.applications = applications;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Submission submission = applications.submission(
        ApplicationVariables.caseNumber(execution),
        ApplicationVariables.version(execution));
    execution.setVariables(FormalFacts.of(submission, properties.minimumMembersFor(submission.level())).toVariables());
  }
}
