package no.klyngeprogrammet.complaint;

import static no.klyngeprogrammet.complaint.ComplaintVariables.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Lagre klagebehandlingen": a changed decision takes the other outcome ({@link ComplaintReversal});
 * an upheld one is sent on to the appellate body (forvaltningsloven § 33), with the date by which
 * the applicant can expect its final answer, fixed now so that the letter and the task's due date
 * agree.
 */
@Component
class RecordComplaintOutcomeDelegate implements JavaDelegate {

  private final ComplaintRepository complaints;
  private final ComplaintReversal reversal;
  private final ComplaintProperties properties;
  private final Clock clock;
  private final ZoneId zone;

  public RecordComplaintOutcomeDelegate(ComplaintRepository complaints, ComplaintReversal reversal,
      ComplaintProperties properties, Clock clock, ZoneId programmeZone) {
    this.complaints = complaints;
    this.reversal = reversal;
    this.properties = properties;
    this.clock = clock;
    this.zone = programmeZone;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = complaintId(execution);
    boolean change = changeDecision(execution);
    String justification = justification(execution).strip();
    String assessedBy = assessedBy(execution);
    complaints.recordOutcome(id, change ? ComplaintOutcome.CHANGED : ComplaintOutcome.UPHELD, justification,
        assessedBy, clock.instant());
    execution.setVariable(FORWARDED, !change);
    execution.setVariable(NEW_CLUSTER_MANAGER, change && reversal.reverse(caseNumber(execution),
        "Opptaket er opphevet etter klage: " + justification, assessedBy));
    if (!change) {
      LocalDate answerBy = clock.instant().atZone(zone).toLocalDate().plus(properties.appellateAnswerWithin());
      complaints.forward(id, clock.instant(), answerBy);
      execution.setVariable(APPELLATE_GROUP, properties.appellateGroup());
      execution.setVariable(APPELLATE_ANSWER_DUE, Date.from(answerBy.atStartOfDay(zone).toInstant()));
    }
  }
}
