package no.klyngeprogrammet.review;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.klyngeprogrammet.application.Member;
import no.klyngeprogrammet.application.Submission;
import no.klyngeprogrammet.identity.ProgrammeGroups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Which reviewers may review an application, lightest load first. Never proposed: a reviewer with
 * a declared tie to one of its member organisations, or one who has been assigned to it before.
 */
@Component
public class ReviewerProposals {

  public record Proposal(String userId, String name, int openReviews) {
    public Map<String, String> asOption() {
      return Map.of("label", name + " – " + openReviews + " pågående", "value", userId);
    }
  }

  private final IdentityService identityService;
  private final ReviewRepository reviews;

  public ReviewerProposals(IdentityService identityService, ReviewRepository reviews) {
    this.identityService = identityService;
    this.reviews = reviews;
  }

  public List<Proposal> eligibleFor(String caseNumber, int version, Submission submission) {
    Set<String> tied = reviews.reviewersTiedTo(submission.members().stream().map(Member::orgNumber).toList());
    Set<String> assignedBefore = reviews.reviewersOf(caseNumber, version);
    Map<String, Integer> load = reviews.openAssignmentsPerReviewer();
    return identityService.createUserQuery().memberOfGroup(ProgrammeGroups.REVIEWERS).list().stream()
        .filter(user -> !tied.contains(user.getId()) && !assignedBefore.contains(user.getId()))
        .map(user -> new Proposal(user.getId(), name(user), load.getOrDefault(user.getId(), 0)))
        .sorted(Comparator.comparingInt(Proposal::openReviews).thenComparing(Proposal::userId))
        .toList();
  }

  private static String name(User user) {
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? user.getId() : name;
  }
}
