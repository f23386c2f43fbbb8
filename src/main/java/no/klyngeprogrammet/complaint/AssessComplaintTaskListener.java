package no.klyngeprogrammet.complaint;

import static no.klyngeprogrammet.complaint.ComplaintVariables.*;

import no.klyngeprogrammet.decision.DecisionRepository;
import no.klyngeprogrammet.validation.Claimed;
import no.klyngeprogrammet.validation.Errors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Behandle klagen": by a case officer other than the one who prepared the decision, with a
 * written justification. A formal rejection can be upheld here, not changed ({@link ComplaintRules}).
 */
@Component
class AssessComplaintTaskListener implements TaskListener {

  static final String REFUSED = "Klagebehandlingen ble ikke lagret. Rett opp følgende:";

  private final ComplaintRepository complaints;
  private final DecisionRepository decisions;
  private final ComplaintRules rules;

  public AssessComplaintTaskListener(ComplaintRepository complaints, DecisionRepository decisions,
      ComplaintRules rules) {
    this.complaints = complaints;
    this.decisions = decisions;
    this.rules = rules;
  }

  @Override
  public void notify(DelegateTask task) {
    var complaint = complaints.get(complaintId(task));
    boolean formal = ComplaintRules.formal(complaint);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariable(DECISION_TEXT, formal
          ? "Søknaden ble avvist fordi den ikke oppfylte de formelle kravene."
          : decisions.decisionFor(complaint.caseNumber()).map(d -> "Programrådets vedtak: "
              + d.outcome().displayName() + ", nivå " + d.level().displayName())
              .orElse(""));
      return;
    }
    Errors errors = new Errors();
    Claimed.requireAssignee(task, errors, "Saksbehandler");
    if (task.getAssignee() != null && rules.preparer(complaint).filter(task.getAssignee()::equals).isPresent()) {
      errors.add("assignee", "Saksbehandler", "den som forberedte vedtaket (" + task.getAssignee()
          + "), kan ikke behandle klagen");
    }
    boolean change = changeDecision(task);
    ComplaintRules.checkChange(errors, CHANGE_DECISION, "Endre vedtaket", change, complaint);
    errors.requireText(JUSTIFICATION, "Begrunnelse", task.getVariable(JUSTIFICATION));
    errors.throwIfAny(REFUSED);
    task.setVariable(CHANGE_DECISION, change);
    task.setVariable(ASSESSED_BY, task.getAssignee());
  }
}
