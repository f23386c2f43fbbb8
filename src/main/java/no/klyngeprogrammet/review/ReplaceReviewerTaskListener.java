package no.klyngeprogrammet.review;

import static no.klyngeprogrammet.review.ReviewVariables.*;

import java.util.Set;
import no.klyngeprogrammet.application.ApplicationVariables;
import no.klyngeprogrammet.application.SubmittedApplications;
import no.klyngeprogrammet.validation.JsonLists;
import no.klyngeprogrammet.validation.Claimed;
import no.klyngeprogrammet.validation.ValidationException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Oppnevn ny fagvurderer" after a declared conflict, and "Vurder forsinket fagvurdering" after a
 * missed due date: offers the eligible reviewers and accepts only one of them (or, for a late
 * review, keeping the reviewer).
 */
@Component
class ReplaceReviewerTaskListener implements TaskListener {

  static final String REFUSED = "Valget ble ikke lagret.";

  private final ReviewerProposals proposals;
  private final SubmittedApplications applications;

  public ReplaceReviewerTaskListener(ReviewerProposals proposals, SubmittedApplications applications) {
    this.proposals = proposals;
    this.applications = applications;
  }

  @Override
  public void notify(DelegateTask task) {
    boolean late = task.getTaskDefinitionKey().equals("Task_DecideLateReview");
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      // Local to the case officer's task: no other task of the review or its follow-up may read
      // the other reviewers offered as replacements.
      task.setVariableLocal(LATE_REVIEW, late);
      task.setVariableLocal(REPLACEMENT_REASON_TEXT, late
          ? "Fagvurdereren " + task.getVariable(REVIEWER) + " har ikke levert innen fristen."
          : "Fagvurdereren " + task.getVariable(REVIEWER) + " har erklært seg inhabil: "
              + task.getVariable(CONFLICT_EXPLANATION));
      task.setVariableLocal(REPLACEMENT_OPTIONS, JsonLists.json(proposals.eligibleFor(ApplicationVariables.caseNumber(task), ApplicationVariables.version(task),
          applications.submission(ApplicationVariables.caseNumber(task), ApplicationVariables.version(task))).stream()
          .map(ReviewerProposals.Proposal::asOption).toList()));
      return;
    }
    Claimed.requireAssignee(task, REFUSED, "Saksbehandler");
    if (late) {
      if (Boolean.TRUE.equals(task.getVariable(KEEP_REVIEWER))) {
        return;
      }
      task.setVariable(KEEP_REVIEWER, false);
    }
    Object chosen = task.getVariable(REPLACEMENT_REVIEWER);
    if (!(chosen instanceof String reviewer) || reviewer.isBlank()) {
      throw ValidationException.single(REFUSED, REPLACEMENT_REVIEWER, "Ny fagvurderer", "må velges");
    }
    if (!eligible(task).contains(reviewer)) {
      throw ValidationException.single(REFUSED, REPLACEMENT_REVIEWER, "Ny fagvurderer",
          reviewer + " kan ikke velges for denne søknaden (ikke fagvurderer, erklært tilknytning til en "
              + "medlemsorganisasjon, eller tildelt før)");
    }
  }

  private Set<String> eligible(DelegateTask task) {
    String caseNumber = ApplicationVariables.caseNumber(task);
    int version = ApplicationVariables.version(task);
    return proposals.eligibleIds(caseNumber, version, applications.submission(caseNumber, version));
  }
}
