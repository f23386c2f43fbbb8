package no.klyngeprogrammet.review;

import no.klyngeprogrammet.scoring.Criterion;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Variables of {@code ClusterReview}, the review of one application; most are local to one
 * reviewer's slot or to one task.
 */
public final class ReviewVariables {

  public static final String PROCESS_KEY = "ClusterReview";

  public static final String REVIEWER_OPTIONS = "reviewerOptions";
  public static final String PROPOSED_REVIEWERS_TEXT = "proposedReviewersText";
  public static final String SELECTED_REVIEWERS = "selectedReviewers";
  /** The multi-instance collection: one slot per reviewer chosen. */
  public static final String REVIEWERS = "reviewers";
  public static final String REVIEWER = "reviewer";

  public static final String ASSIGNMENT_ID = "assignmentId";
  public static final String REVIEW_DUE_DATE = "reviewDueDate";
  public static final String REVIEW_REMINDER_DATE = "reviewReminderDate";

  public static final String CONFLICT_OF_INTEREST = "conflictOfInterest";
  public static final String CONFLICT_ORGANISATIONS = "conflictOrganisations";
  public static final String CONFLICT_EXPLANATION = "conflictExplanation";

  public static final String LATE_REVIEW = "lateReview";
  public static final String KEEP_REVIEWER = "keepReviewer";
  public static final String REPLACEMENT_REVIEWER = "replacementReviewer";
  public static final String REPLACEMENT_OPTIONS = "replacementOptions";
  public static final String REPLACEMENT_REASON_TEXT = "replacementReasonText";

  public static final String NEEDS_CONSENSUS = "needsConsensus";
  public static final String SCORE_SUMMARY_TEXT = "scoreSummaryText";
  public static final String CONSENSUS_JUSTIFICATION = "consensusJustification";
  public static final String CONSENSUS_BY = "consensusBy";

  private ReviewVariables() {}

  public static String score(Criterion criterion) {
    return "score" + suffix(criterion);
  }

  public static String justification(Criterion criterion) {
    return "justification" + suffix(criterion);
  }

  public static String consensus(Criterion criterion) {
    return "consensus" + suffix(criterion);
  }

  public static String needsConsensus(Criterion criterion) {
    return "needsConsensus" + suffix(criterion);
  }

  private static String suffix(Criterion criterion) {
    return switch (criterion) {
      case SYNERGY -> "Synergy";
      case VALUE_CREATION -> "ValueCreation";
      case STRATEGIC_PROJECT -> "StrategicProject";
      case PARTICIPATION -> "Participation";
      case LEADERSHIP -> "Leadership";
    };
  }

  /** The review assignment a reviewer's branch works on. */
  public static long assignmentId(VariableScope scope) {
    return ((Number) scope.getVariable(ASSIGNMENT_ID)).longValue();
  }

  /** The user id of the reviewer a branch works on. */
  public static String reviewer(VariableScope scope) {
    return (String) scope.getVariable(REVIEWER);
  }

  public static String conflictExplanation(VariableScope scope) {
    return (String) scope.getVariable(CONFLICT_EXPLANATION);
  }

  /** The reviewer's justification of the score on one criterion. */
  public static String justificationOf(VariableScope scope, Criterion criterion) {
    return (String) scope.getVariable(justification(criterion));
  }

  public static String consensusJustification(VariableScope scope) {
    return (String) scope.getVariable(CONSENSUS_JUSTIFICATION);
  }

  public static String consensusBy(VariableScope scope) {
    return (String) scope.getVariable(CONSENSUS_BY);
  }
}
