package no.klyngeprogrammet.decision;

import java.time.Clock;
import java.time.ZoneId;
import no.klyngeprogrammet.application.ApplicationVariables;
import no.klyngeprogrammet.application.Submission;
import no.klyngeprogrammet.application.SubmittedApplications;
import no.klyngeprogrammet.call.CallService;
import no.klyngeprogrammet.cluster.ClusterRegistry;
import no.klyngeprogrammet.identity.ClusterManagerAccounts;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Registrer klyngen": an admitted cluster enters the registry, active from the announcement, and
 * its contact person becomes the cluster manager. A step of the decision, so it lives here and the
 * registry stays a module that knows nothing of decisions.
 */
@Component
class RegisterClusterDelegate implements JavaDelegate {

  private final ClusterRegistry registry;
  private final ClusterManagerAccounts accounts;
  private final DecisionRepository decisions;
  private final SubmittedApplications applications;
  private final CallService calls;
  private final Clock clock;
  private final ZoneId zone;

  RegisterClusterDelegate(ClusterRegistry registry, ClusterManagerAccounts accounts, DecisionRepository decisions,
      SubmittedApplications applications, CallService calls, Clock clock, ZoneId programmeZone) {
    this.registry = registry;
    this.accounts = accounts;
    this.decisions = decisions;
    this.applications = applications;
    this.calls = calls;
    this.clock = clock;
    this.zone = programmeZone;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = ApplicationVariables.caseNumber(execution);
    var decision = decisions.decisionFor(caseNumber).orElseThrow();
    var stored = applications.version(caseNumber, decision.version());
    Submission submission = applications.read(stored.snapshot());
    var announcement = calls.get(stored.callId()).announcement();
    registry.register(registry.entryFor(caseNumber, submission.clusterName(), decision.level(), decision.yearlyFunding(),
        announcement.atZone(zone).toLocalDate()), submission.applicantOrgNumber(),
        decisions.decidedBy(caseNumber).orElse(null), clock.instant());
    registry.setManager(caseNumber, accounts.create(caseNumber, submission.clusterName(), submission.contactName(),
        submission.contactEmail()));
  }
}
