package no.klyngeprogrammet.application;

import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Names of the {@code ClusterApplication} process's variables and messages. The form fields are
 * the keys of {@code processes/application.form}.
 */
public final class ApplicationVariables {

  public static final String PROCESS_KEY = "ClusterApplication";

  public static final String CLUSTER_NAME = "clusterName";
  public static final String LEVEL = "level";
  public static final String APPLICANT_NAME = "applicantName";
  public static final String APPLICANT_ORG_NUMBER = "applicantOrgNumber";
  public static final String CONTACT_NAME = "contactName";
  public static final String CONTACT_EMAIL = "contactEmail";
  public static final String CONTACT_PHONE = "contactPhone";
  public static final String MEMBERS = "members";
  public static final String MEMBER_NAME = "name";
  public static final String MEMBER_ORG_NUMBER = "orgNumber";
  public static final String MEMBER_ACTOR_KIND = "actorKind";
  public static final String VISION = "vision";
  public static final String FOCUS_AREAS = "focusAreas";
  public static final String PROJECT_DESCRIPTION = "projectDescription";
  public static final String PROJECT_EFFECT = "projectEffect";
  public static final String PROGRAMME_CONTRIBUTION = "programmeContribution";
  public static final String IMPLEMENTATION_PLAN = "implementationPlan";
  public static final String BUDGET_PER_YEAR = "budgetPerYear";
  public static final String AMOUNT_APPLIED = "amountApplied";
  public static final String OWN_FINANCING = "ownFinancing";
  public static final String INTENDS_NCE = "intendsNce";

  /** Set by the engine from the start event's initiator attribute. */
  public static final String APPLICANT_USER = "applicantUser";

  /**
   * The status link token the public page presents to submit a new version of its case. Taken only
   * as a transient value, which the engine never stores; a stored one is refused as no form field.
   */
  public static final String STATUS_TOKEN = "statusToken";

  public static final Set<String> FORM_FIELDS = Set.of(
      CLUSTER_NAME, LEVEL, APPLICANT_NAME, APPLICANT_ORG_NUMBER, CONTACT_NAME, CONTACT_EMAIL, CONTACT_PHONE,
      MEMBERS, VISION, FOCUS_AREAS, PROJECT_DESCRIPTION, PROJECT_EFFECT, PROGRAMME_CONTRIBUTION,
      IMPLEMENTATION_PLAN, BUDGET_PER_YEAR, AMOUNT_APPLIED, OWN_FINANCING, INTENDS_NCE);

  /**
   * The form's values that the processes and their task forms read as variables: the names that
   * "Vurder formell avvisning" and the review's forms show. Everything else of a submission is read
   * from its snapshot in {@code application_version}, so the public page hands it to the engine
   * as transient values, which the validation and the registration read and the engine never
   * stores (docs/benchmarks.md).
   */
  public static final Set<String> READ_AS_VARIABLES = Set.of(CLUSTER_NAME, APPLICANT_NAME);

  /**
   * Set when the application is registered. When it was received and the call's dates are read
   * from {@code application_version} and {@code cluster_call}, not kept as variables as well.
   */
  public static final String CASE_NUMBER = "caseNumber";
  public static final String VERSION = "version";
  public static final String CALL_ID = "callId";

  /** Set on the replaced version: the version that replaces it, and whether it names another contact person. */
  public static final String SUPERSEDED_BY_VERSION = "supersededByVersion";
  public static final String CONTACT_CHANGED = "contactChanged";

  public static final String MESSAGE_INTAKE_CLOSED = "IntakeClosed";
  public static final String MESSAGE_SUPERSEDED = "ApplicationSuperseded";

  private ApplicationVariables() {}

  /** The case number of the application a delegate or task listener works on. */
  public static String caseNumber(VariableScope scope) {
    return (String) scope.getVariable(CASE_NUMBER);
  }

  /** The submitted version of the application a delegate or task listener works on. */
  public static int version(VariableScope scope) {
    return ((Number) scope.getVariable(VERSION)).intValue();
  }

  /** The call the application was submitted to. */
  public static long callId(VariableScope scope) {
    return ((Number) scope.getVariable(CALL_ID)).longValue();
  }

  /** The version that replaced the one a delegate or task listener works on. */
  public static int supersededByVersion(VariableScope scope) {
    return ((Number) scope.getVariable(SUPERSEDED_BY_VERSION)).intValue();
  }
}
