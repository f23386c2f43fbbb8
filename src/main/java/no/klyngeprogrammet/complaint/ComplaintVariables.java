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
}
