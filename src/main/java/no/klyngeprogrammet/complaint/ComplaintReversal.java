package no.klyngeprogrammet.complaint;

import java.time.Clock;
import java.time.ZoneId;
import no.klyngeprogrammet.application.SubmittedApplications;
import no.klyngeprogrammet.cluster.ClusterRegistry;
import no.klyngeprogrammet.decision.DecisionOutcome;
import no.klyngeprogrammet.decision.DecisionRepository;
import no.klyngeprogrammet.identity.ClusterManagerAccounts;
import org.springframework.stereotype.Component;

/**
 * A decision changed on complaint, by the case officer or finally by the appellate body: it takes
 * the other outcome, and the registry follows. A newly admitted cluster enters it with its cluster
 * manager (whose account and password link follow in a step of their own); a withdrawn one ends.
 */
@Component
class ComplaintReversal {

  private final DecisionRepository decisions;
  private final SubmittedApplications applications;
  private final ClusterRegistry registry;
  private final Clock clock;
  private final ZoneId zone;

  ComplaintReversal(DecisionRepository decisions, SubmittedApplications applications, ClusterRegistry registry,
      Clock clock, ZoneId programmeZone) {
    this.decisions = decisions;
    this.applications = applications;
    this.registry = registry;
    this.clock = clock;
    this.zone = programmeZone;
  }

  /**
   * Reverses the case's decision, recording the reason in the registry's history. Returns whether
   * the cluster got a new cluster manager, who then needs the password link.
   */
  boolean reverse(String caseNumber, String reason, String decidedBy) {
    var decision = decisions.decisionFor(caseNumber).orElseThrow();
    var submission = applications.read(applications.version(caseNumber, decision.version()).snapshot());
    if (decision.outcome() == DecisionOutcome.ADMITTED) {
      decisions.changeOutcome(caseNumber, DecisionOutcome.REJECTED, 0);
      registry.end(caseNumber, clock.instant().atZone(zone).toLocalDate(), reason, decidedBy, clock.instant());
      return false;
    }
    decisions.changeOutcome(caseNumber, DecisionOutcome.ADMITTED, submission.amountApplied());
    registry.register(registry.entryFor(caseNumber, submission.clusterName(), decision.level(),
        submission.amountApplied(), clock.instant().atZone(zone).toLocalDate()), submission.applicantOrgNumber(),
        decidedBy, clock.instant());
    registry.setManager(caseNumber, ClusterManagerAccounts.userIdFor(caseNumber));
    return true;
  }
}
