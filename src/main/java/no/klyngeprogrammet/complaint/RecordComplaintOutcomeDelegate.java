package no.klyngeprogrammet.complaint;

import static no.klyngeprogrammet.complaint.ComplaintVariables.*;

import java.time.Clock;
import java.time.ZoneId;
import no.klyngeprogrammet.application.SubmittedApplications;
import no.klyngeprogrammet.cluster.ClusterRegistry;
import no.klyngeprogrammet.decision.DecisionOutcome;
import no.klyngeprogrammet.decision.DecisionRepository;
import no.klyngeprogrammet.identity.ClusterManagerAccounts;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Lagre klagebehandlingen": an upheld decision stands; a changed one takes the other outcome,
 * and the registry follows: a newly admitted cluster enters it with its cluster manager, a
 * withdrawn one ends. The manager's account and password link follow in a step of their own
 * ("Send passordlenke"), so a mail outage retries there instead of failing the case officer's
 * completion.
 */
@Component
class RecordComplaintOutcomeDelegate implements JavaDelegate {

  private final ComplaintRepository complaints;
  private final DecisionRepository decisions;
  private final SubmittedApplications applications;
  private final ClusterRegistry registry;
  private final Clock clock;
  private final ZoneId zone;

  public RecordComplaintOutcomeDelegate(ComplaintRepository complaints, DecisionRepository decisions,
      SubmittedApplications applications, ClusterRegistry registry, Clock clock, ZoneId programmeZone) {
    this.complaints = complaints;
    this.decisions = decisions;
    this.applications = applications;
    this.registry = registry;
    this.clock = clock;
    this.zone = programmeZone;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = complaintId(execution);
    boolean change = Boolean.TRUE.equals(execution.getVariable(CHANGE_DECISION));
    execution.setVariable(NEW_CLUSTER_MANAGER, false);
    String assessedBy = assessedBy(execution);
    complaints.recordOutcome(id, change ? ComplaintOutcome.CHANGED : ComplaintOutcome.UPHELD, justification(execution).strip(),
        assessedBy, clock.instant());
    if (!change) {
      return;
    }
    String caseNumber = complaints.get(id).caseNumber();
    var decision = decisions.decisionFor(caseNumber).orElseThrow();
    var stored = applications.version(caseNumber, decision.version());
    var submission = applications.read(stored.snapshot());
    if (decision.outcome() == DecisionOutcome.ADMITTED) {
      decisions.changeOutcome(caseNumber, DecisionOutcome.REJECTED, 0);
      registry.end(caseNumber, clock.instant().atZone(zone).toLocalDate(),
          "Opptaket er opphevet etter klage: " + justification(execution).strip(), assessedBy,
          clock.instant());
    } else {
      decisions.changeOutcome(caseNumber, DecisionOutcome.ADMITTED, submission.amountApplied());
      registry.register(registry.entryFor(caseNumber, submission.clusterName(), decision.level(),
          submission.amountApplied(), clock.instant().atZone(zone).toLocalDate()), submission.applicantOrgNumber(),
          assessedBy, clock.instant());
      registry.setManager(caseNumber, ClusterManagerAccounts.userIdFor(caseNumber));
      execution.setVariable(NEW_CLUSTER_MANAGER, true);
    }
  }
}
