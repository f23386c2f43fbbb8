package no.klyngeprogrammet.complaint;

import static no.klyngeprogrammet.complaint.ComplaintVariables.*;

import java.time.Clock;
import no.klyngeprogrammet.complaint.ComplaintRepository.AppealDecision;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Lagre klageinstansens vedtak": final. A reversal has the effect a reversal by the case officer
 * has ({@link ComplaintReversal}): the registry follows, and a newly admitted cluster's manager gets
 * the password link in the step after.
 */
@Component
class RecordAppealDecisionDelegate implements JavaDelegate {

  private final ComplaintRepository complaints;
  private final ComplaintReversal reversal;
  private final Clock clock;

  RecordAppealDecisionDelegate(ComplaintRepository complaints, ComplaintReversal reversal, Clock clock) {
    this.complaints = complaints;
    this.reversal = reversal;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean change = appealChangeDecision(execution);
    String justification = appealJustification(execution).strip();
    String decidedBy = appealDecidedBy(execution);
    complaints.recordAppealDecision(complaintId(execution), new AppealDecision(
        change ? ComplaintOutcome.CHANGED : ComplaintOutcome.UPHELD, justification, decidedBy, clock.instant()));
    execution.setVariable(NEW_CLUSTER_MANAGER, change && reversal.reverse(caseNumber(execution),
        "Opptaket er opphevet av klageinstansen: " + justification, decidedBy));
  }
}
