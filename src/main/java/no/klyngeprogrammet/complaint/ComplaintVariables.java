package no.klyngeprogrammet.complaint;

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
}
