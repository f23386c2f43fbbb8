package no.klyngeprogrammet.complaint;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Variables of the {@code ClusterComplaint} process. */
public final class ComplaintVariables {

  public static final String PROCESS_KEY = "ClusterComplaint";

  public static final String CASE_NUMBER = "caseNumber";
  public static final String RECEIVED_ON = "receivedOn";
  public static final String COMPLAINT_TEXT = "complaintText";
  public static final String REGISTERED_BY = "registeredBy";

  public static final String COMPLAINT_ID = "complaintId";
  public static final String WITHIN_WINDOW = "withinWindow";
  /** Whether the case's contact person was erased, so that no letter can reach the complainant. */
  public static final String CONTACT_ERASED = "contactErased";
  public static final String DECISION_TEXT = "decisionText";
  public static final String CHANGE_DECISION = "changeDecision";
  public static final String JUSTIFICATION = "complaintJustification";
  public static final String ASSESSED_BY = "complaintAssessedBy";
  /** Whether the changed decision admitted the cluster, whose contact person then gets a password link. */
  public static final String NEW_CLUSTER_MANAGER = "newClusterManager";

  /** Whether the case officer upheld the decision, so that the complaint goes on to the appellate body. */
  public static final String FORWARDED = "forwardedToAppellate";
  /** The appellate body's group, as configured when the complaint was sent on: the task's candidates. */
  public static final String APPELLATE_GROUP = "appellateGroup";
  /** When the applicant was told to expect the final answer: the appellate task's due date. */
  public static final String APPELLATE_ANSWER_DUE = "appellateAnswerDue";
  public static final String CLUSTER_NAME = "clusterName";
  public static final String APPEAL_CHANGE_DECISION = "appealChangeDecision";
  public static final String APPEAL_JUSTIFICATION = "appealJustification";
  public static final String APPEAL_DECIDED_BY = "appealDecidedBy";

  private ComplaintVariables() {}

  public static long complaintId(VariableScope scope) {
    return ((Number) scope.getVariable(COMPLAINT_ID)).longValue();
  }

  public static String caseNumber(VariableScope scope) {
    return (String) scope.getVariable(CASE_NUMBER);
  }

  public static String complaintText(VariableScope scope) {
    return (String) scope.getVariable(COMPLAINT_TEXT);
  }

  public static String registeredBy(VariableScope scope) {
    return (String) scope.getVariable(REGISTERED_BY);
  }

  /** The case officer's justification of the assessment. */
  public static String justification(VariableScope scope) {
    return (String) scope.getVariable(JUSTIFICATION);
  }

  public static String assessedBy(VariableScope scope) {
    return (String) scope.getVariable(ASSESSED_BY);
  }

  public static boolean changeDecision(VariableScope scope) {
    return Boolean.TRUE.equals(scope.getVariable(CHANGE_DECISION));
  }

  public static boolean appealChangeDecision(VariableScope scope) {
    return Boolean.TRUE.equals(scope.getVariable(APPEAL_CHANGE_DECISION));
  }

  /** The appellate body's justification of its final decision. */
  public static String appealJustification(VariableScope scope) {
    return (String) scope.getVariable(APPEAL_JUSTIFICATION);
  }

  public static String appealDecidedBy(VariableScope scope) {
    return (String) scope.getVariable(APPEAL_DECIDED_BY);
  }
}
