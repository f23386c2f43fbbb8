package no.klyngeprogrammet.review;

import static no.klyngeprogrammet.review.ReviewVariables.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.klyngeprogrammet.application.ApplicationVariables;
import no.klyngeprogrammet.application.SubmittedApplications;
import no.klyngeprogrammet.validation.JsonLists;
import no.klyngeprogrammet.validation.Claimed;
import no.klyngeprogrammet.validation.ValidationException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * "Tildel fagvurderere": pre-filled from the call-wide allocation, and accepts only a choice of at
 * least the required number of eligible reviewers. The overview's allocation page confirms every
 * application's choice at once through the same task.
 */
@Component
class AssignReviewersTaskListener implements TaskListener {

  static final String REFUSED = "Tildelingen ble ikke lagret.";

  private final ReviewerProposals proposals;
  private final CallAllocation allocation;
  private final SubmittedApplications applications;
  private final ReviewProperties properties;

  public AssignReviewersTaskListener(ReviewerProposals proposals, CallAllocation allocation,
      SubmittedApplications applications, ReviewProperties properties) {
    this.proposals = proposals;
    this.allocation = allocation;
    this.applications = applications;
    this.properties = properties;
  }

  /**
   * The proposal and the choice stay out of the review's process instance, where every reviewer's
   * task would read them: the level is local to this task, the choice is removed once taken, and
   * the reviewers go to the multi-instance as a transient variable, which is never stored.
   */
  @Override
  public void notify(DelegateTask task) {
    String caseNumber = ApplicationVariables.caseNumber(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      int version = ApplicationVariables.version(task);
      CallAllocation.Proposal proposal = allocation.proposalFor(caseNumber, version);
      var submission = applications.submission(caseNumber, version);
      task.setVariableLocal(ApplicationVariables.LEVEL, submission.level().name());
      formVariables(proposals.eligibleFor(caseNumber, version, submission), proposal).forEach(task::setVariable);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      task.setVariable(REVIEWERS, Variables.untypedValue(new ArrayList<>(checkedChoice(task, eligible(task))), true));
      task.removeVariables(List.of(REVIEWER_OPTIONS, PROPOSED_REVIEWERS_TEXT, SELECTED_REVIEWERS));
      allocation.confirmed(caseNumber);
    }
  }

  /** The form's options, the proposal as text, and its reviewers pre-selected. */
  static Map<String, Object> formVariables(List<ReviewerProposals.Proposal> eligible, CallAllocation.Proposal proposal) {
    Map<String, String> names = eligible.stream()
        .collect(Collectors.toMap(ReviewerProposals.Proposal::userId, ReviewerProposals.Proposal::name));
    String text = proposal.reviewers().stream().map(id -> names.getOrDefault(id, id) + " (" + id + ")")
        .collect(Collectors.joining("\n"));
    if (proposal.shortfall().isPresent()) {
      text = (text.isEmpty() ? "" : text + "\n") + proposal.shortfall().get();
    }
    return Map.of(
        REVIEWER_OPTIONS, JsonLists.json(eligible.stream().map(ReviewerProposals.Proposal::asOption).toList()),
        PROPOSED_REVIEWERS_TEXT, text,
        SELECTED_REVIEWERS, JsonLists.json(proposal.reviewers()));
  }

  private Set<String> eligible(DelegateTask task) {
    String caseNumber = ApplicationVariables.caseNumber(task);
    int version = ApplicationVariables.version(task);
    return proposals.eligibleIds(caseNumber, version, applications.submission(caseNumber, version));
  }

  private List<String> checkedChoice(DelegateTask task, Set<String> allowed) {
    Claimed.requireAssignee(task, REFUSED, "Saksbehandler");
    List<String> chosen = JsonLists.strings(task.getVariable(SELECTED_REVIEWERS)).orElseThrow(() ->
        ValidationException.single(REFUSED, SELECTED_REVIEWERS, "Fagvurderere", "må være en liste over brukere"));
    Set<String> distinct = new HashSet<>(chosen);
    List<String> notAllowed = chosen.stream().filter(id -> !allowed.contains(id)).toList();
    if (!notAllowed.isEmpty()) {
      throw ValidationException.single(REFUSED, SELECTED_REVIEWERS, "Fagvurderere",
          "kan ikke velges for denne søknaden: " + String.join(", ", notAllowed)
              + " (ikke fagvurderer, erklært tilknytning til en medlemsorganisasjon, eller tildelt før)");
    }
    if (distinct.size() < properties.reviewersPerApplication()) {
      throw ValidationException.single(REFUSED, SELECTED_REVIEWERS, "Fagvurderere",
          "minst " + properties.reviewersPerApplication() + " ulike fagvurderere må velges, men "
              + distinct.size() + " er valgt");
    }
    return chosen.stream().distinct().toList();
  }
}
