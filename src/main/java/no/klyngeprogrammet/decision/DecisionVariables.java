package no.klyngeprogrammet.decision;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Variables of the recommendation and the council's decision in {@code ClusterCall}. */
public final class DecisionVariables {

  public static final String RECOMMENDATION_TEXT = "recommendationText";
  public static final String RECOMMENDATION_COMMENT = "recommendationComment";
  public static final String RECOMMENDED_BY = "recommendedBy";
  /** Changes in Enhetsregisteret since submission, found when the recommendation was made. */
  public static final String REGISTER_CHANGES_TEXT = "registerChangesText";
  public static final String CASE_OPTIONS = "caseOptions";
  public static final String ADMIT_INSTEAD = "admitInstead";
  public static final String REJECT_INSTEAD = "rejectInstead";
  public static final String DEVIATION_JUSTIFICATION = "deviationJustification";
  public static final String DECIDED_BY = "decidedBy";

  /** In {@code ClusterApplication}: whether the announced decision admits the cluster. */
  public static final String ADMITTED = "admitted";
  public static final String MESSAGE_DECISION_ANNOUNCED = "DecisionAnnounced";

  private DecisionVariables() {}

  /** Who made the recommendation; the council's decision must be someone else's (four eyes). */
  public static String recommendedBy(VariableScope scope) {
    return (String) scope.getVariable(RECOMMENDED_BY);
  }

  public static String decidedBy(VariableScope scope) {
    return (String) scope.getVariable(DECIDED_BY);
  }

  public static String deviationJustification(VariableScope scope) {
    return (String) scope.getVariable(DEVIATION_JUSTIFICATION);
  }
}
