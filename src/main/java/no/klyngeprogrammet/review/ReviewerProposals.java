package no.klyngeprogrammet.review;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.klyngeprogrammet.application.ApplicationRepository;
import no.klyngeprogrammet.application.Member;
import no.klyngeprogrammet.application.Submission;
import no.klyngeprogrammet.identity.ProgrammeGroups;
import no.klyngeprogrammet.pool.ReviewerPool;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Which reviewers may review an application, lightest load in its call first (confirmed and
 * proposed). Never proposed: a reviewer affiliated in the pool with, or with a declared tie to,
 * the applicant or one of its member organisations, or one who has been assigned to it before.
 */
@Component
public class ReviewerProposals {

  public record Proposal(String userId, String name, int load) {
    public Map<String, String> asOption() {
      return Map.of("label", name + " – " + load + " i utlysningen", "value", userId);
    }
  }

  private final IdentityService identityService;
  private final ReviewRepository reviews;
  private final ReviewerPool pool;
  private final CallAllocation allocation;
  private final ApplicationRepository applications;

  public ReviewerProposals(IdentityService identityService, ReviewRepository reviews, ReviewerPool pool,
      CallAllocation allocation, ApplicationRepository applications) {
    this.identityService = identityService;
    this.reviews = reviews;
    this.pool = pool;
    this.allocation = allocation;
    this.applications = applications;
  }

  /** The eligible reviewers with their loads in the call, for a form to offer. */
  public List<Proposal> eligibleFor(String caseNumber, int version, Submission submission) {
    Map<String, Integer> load = allocation.loads(applications.currentCase(caseNumber).orElseThrow().callId());
    return eligibleUsers(caseNumber, version, submission).stream()
        .map(user -> new Proposal(user.getId(), name(user), load.getOrDefault(user.getId(), 0)))
        .sorted(Comparator.comparingInt(Proposal::load).thenComparing(Proposal::userId))
        .toList();
  }

  /**
   * The eligible reviewers' ids, for checking a choice. Without the loads, which read the whole
   * call: checked once per application, they would make confirming a call's allocation quadratic.
   */
  public Set<String> eligibleIds(String caseNumber, int version, Submission submission) {
    return eligibleUsers(caseNumber, version, submission).stream().map(User::getId)
        .collect(Collectors.toUnmodifiableSet());
  }

  private List<User> eligibleUsers(String caseNumber, int version, Submission submission) {
    List<String> orgNumbers = Stream.concat(Stream.of(submission.applicantOrgNumber()),
        submission.members().stream().map(Member::orgNumber)).distinct().toList();
    Set<String> tied = new HashSet<>(reviews.reviewersTiedTo(orgNumbers));
    tied.addAll(pool.affiliatedWith(orgNumbers));
    Set<String> assignedBefore = reviews.reviewersOf(caseNumber, version);
    return identityService.createUserQuery().memberOfGroup(ProgrammeGroups.REVIEWERS).list().stream()
        .filter(user -> !tied.contains(user.getId()) && !assignedBefore.contains(user.getId()))
        .toList();
  }

  private static String name(User user) {
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? user.getId() : name;
  }
}
