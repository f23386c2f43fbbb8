package no.klyngeprogrammet.complaint;

import static no.klyngeprogrammet.complaint.ComplaintVariables.caseNumber;

import no.klyngeprogrammet.application.SubmittedApplications;
import no.klyngeprogrammet.decision.DecisionRepository;
import no.klyngeprogrammet.identity.ClusterManagerAccounts;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Send passordlenke": a cluster admitted on complaint gets its manager's account and the one-time
 * link to set a password, as at admission. A retry after a mail outage sends the link once.
 */
@Component
class SendAccountLinkDelegate implements JavaDelegate {

  private final DecisionRepository decisions;
  private final SubmittedApplications applications;
  private final ClusterManagerAccounts accounts;

  public SendAccountLinkDelegate(DecisionRepository decisions, SubmittedApplications applications,
      ClusterManagerAccounts accounts) {
    this.decisions = decisions;
    this.applications = applications;
    this.accounts = accounts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = caseNumber(execution);
    var decision = decisions.decisionFor(caseNumber).orElseThrow();
    var submission = applications.read(applications.version(caseNumber, decision.version()).snapshot());
    accounts.create(caseNumber, submission.clusterName(), submission.contactName(), submission.contactEmail());
  }
}
