package no.klyngeprogrammet.formal;

import java.util.HashMap;
import java.util.Map;
import no.klyngeprogrammet.application.ActorKind;
import no.klyngeprogrammet.application.Member;
import no.klyngeprogrammet.application.Submission;

/**
 * What the formal requirements decision reads about an application: facts derived from the
 * submission, so that the decision table itself stays readable for administrators.
 */
public record FormalFacts(
    boolean hasIndustry,
    boolean hasKnowledge,
    boolean hasPublic,
    boolean applicantIsIndustry,
    boolean industryMajority,
    int industryMembers,
    int minimumMembers,
    boolean projectDescribed) {

  public static FormalFacts of(Submission submission, int minimumMembers) {
    long industry = count(submission, ActorKind.INDUSTRY);
    boolean applicantIsIndustry = submission.members().stream()
        .anyMatch(m -> m.orgNumber().equals(submission.applicantOrgNumber()) && m.actorKind() == ActorKind.INDUSTRY);
    return new FormalFacts(
        industry > 0,
        count(submission, ActorKind.KNOWLEDGE) > 0,
        count(submission, ActorKind.PUBLIC) > 0,
        applicantIsIndustry,
        industry * 2 > submission.members().size(),
        (int) industry,
        minimumMembers,
        !isBlank(submission.projectDescription()) && !isBlank(submission.projectEffect()));
  }

  public Map<String, Object> toVariables() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("hasIndustry", hasIndustry);
    variables.put("hasKnowledge", hasKnowledge);
    variables.put("hasPublic", hasPublic);
    variables.put("applicantIsIndustry", applicantIsIndustry);
    variables.put("industryMajority", industryMajority);
    variables.put("industryMembers", industryMembers);
    variables.put("minimumMembers", minimumMembers);
    variables.put("projectDescribed", projectDescribed);
    return variables;
  }

  private static long count(Submission submission, ActorKind kind) {
    return submission.members().stream().map(Member::actorKind).filter(kind::equals).count();
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
