package no.klyngeprogrammet.complaint;

import static no.klyngeprogrammet.complaint.ComplaintVariables.*;

import java.util.Optional;
import no.klyngeprogrammet.decision.DecisionRepository;
import no.klyngeprogrammet.formal.FormalCheckRepository;
import no.klyngeprogrammet.formal.FormalRejectionLetter;
import no.klyngeprogrammet.validation.Claimed;
import no.klyngeprogrammet.validation.Errors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Behandle klagen": by a case officer other than the one who prepared the decision, with a
 * written justification. A formal rejection can be upheld here; changing it would need the
 * application to be reviewed, which a complaint does not start.
 */
@Component
class AssessComplaintTaskListener implements TaskListener {

  static final String REFUSED = "Klagebehandlingen ble ikke lagret. Rett opp følgende:";

  private final ComplaintRepository complaints;
  private final DecisionRepository decisions;
  private final FormalCheckRepository formalChecks;

  public AssessComplaintTaskListener(ComplaintRepository complaints, DecisionRepository decisions,
      FormalCheckRepository formalChecks) {
    this.complaints = complaints;
    this.decisions = decisions;
    this.formalChecks = formalChecks;
  }

  @Override
  public void notify(DelegateTask task) {
    var complaint = complaints.get(complaintId(task));
    boolean formal = FormalRejectionLetter.KIND.equals(complaint.letterKind());
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariable(DECISION_TEXT, formal
          ? "Søknaden ble avvist fordi den ikke oppfylte de formelle kravene."
          : decisions.decisionFor(complaint.caseNumber()).map(d -> "Programrådets vedtak: "
              + d.outcome().displayName() + ", nivå " + d.level().displayName())
              .orElse(""));
      return;
    }
    Errors errors = new Errors();
    Optional<String> preparer = formal ? formalChecks.decidedBy(complaint.caseNumber())
        : decisions.recommendedBy(complaint.caseNumber());
    Claimed.requireAssignee(task, errors, "Saksbehandler");
    if (task.getAssignee() != null && preparer.filter(task.getAssignee()::equals).isPresent()) {
      errors.add("assignee", "Saksbehandler", "den som forberedte vedtaket (" + task.getAssignee()
          + "), kan ikke behandle klagen");
    }
    boolean change = Boolean.TRUE.equals(task.getVariable(CHANGE_DECISION));
    if (change && formal) {
      errors.add(CHANGE_DECISION, "Endre vedtaket",
          "en formell avvisning kan ikke endres her, fordi søknaden da må fagvurderes");
    }
    errors.requireText(JUSTIFICATION, "Begrunnelse", task.getVariable(JUSTIFICATION));
    errors.throwIfAny(REFUSED);
    task.setVariable(CHANGE_DECISION, change);
    task.setVariable(ASSESSED_BY, task.getAssignee());
  }
}
