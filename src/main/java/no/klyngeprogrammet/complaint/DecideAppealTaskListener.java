package no.klyngeprogrammet.complaint;

import static no.klyngeprogrammet.complaint.ComplaintVariables.*;

import no.klyngeprogrammet.validation.Claimed;
import no.klyngeprogrammet.validation.Errors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Avgjør klagen endelig": the appellate body's final decision, with a written justification, by
 * someone who neither prepared the decision nor assessed the complaint in the first step.
 */
@Component
class DecideAppealTaskListener implements TaskListener {

  static final String REFUSED = "Klageinstansens vedtak ble ikke lagret. Rett opp følgende:";
  static final String ROLE = "Saksbehandler i klageinstansen";

  private final ComplaintRepository complaints;
  private final ComplaintRules rules;

  DecideAppealTaskListener(ComplaintRepository complaints, ComplaintRules rules) {
    this.complaints = complaints;
    this.rules = rules;
  }

  @Override
  public void notify(DelegateTask task) {
    var complaint = complaints.get(complaintId(task));
    Errors errors = new Errors();
    Claimed.requireAssignee(task, errors, ROLE);
    String assignee = task.getAssignee();
    if (assignee != null && (assignee.equals(assessedBy(task))
        || rules.preparer(complaint).filter(assignee::equals).isPresent())) {
      errors.add("assignee", ROLE, "den som forberedte vedtaket eller behandlet klagen i første instans ("
          + assignee + "), kan ikke avgjøre den i klageinstansen");
    }
    boolean change = appealChangeDecision(task);
    ComplaintRules.checkChange(errors, APPEAL_CHANGE_DECISION, "Endre vedtaket", change, complaint);
    errors.requireText(APPEAL_JUSTIFICATION, "Begrunnelse", task.getVariable(APPEAL_JUSTIFICATION));
    errors.throwIfAny(REFUSED);
    task.setVariable(APPEAL_CHANGE_DECISION, change);
    task.setVariable(APPEAL_DECIDED_BY, assignee);
  }
}
