package no.klyngeprogrammet.evaluation;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Variables of {@code EvaluationRound} and {@code ClusterEvaluation}. */
public final class EvaluationVariables {

  public static final String ROUND_PROCESS_KEY = "EvaluationRound";
  public static final String PROCESS_KEY = "ClusterEvaluation";
  public static final String SCHEDULE_PROCESS_KEY = "YearlyEvaluationSchedule";
  public static final String MESSAGE_YEARLY_ROUND_DUE = "YearlyEvaluationRoundDue";

  public static final String ROUND_YEAR = "roundYear";
  public static final String ROUND_REPORT_DUE = "roundReportDue";
  public static final String REPORT_DUE_LOCAL = "reportDueLocal";
  public static final String ROUND_STARTED_BY = "roundStartedBy";
  public static final String ROUND_ALREADY_STARTED = "roundAlreadyStarted";
  public static final String CLUSTERS_DUE = "clustersDue";
  public static final String CASE_NUMBER = "caseNumber";

  public static final String CLUSTER_NAME = "clusterName";
  public static final String LEVEL = "level";
  public static final String YEAR_OF_PERIOD = "yearOfPeriod";
  public static final String YEARS_IN_PROGRAMME = "yearsInProgramme";
  public static final String PERIOD_ENDING = "periodEnding";
  public static final String MID_TERM_REVIEW = "midTermReview";
  public static final String NCE_POSSIBLE = "ncePossible";
  public static final String CLUSTER_MANAGER = "clusterManager";
  public static final String GRANTED_AMOUNT = "grantedAmount";
  public static final String REPORT_DUE_DATE = "reportDueDate";
  public static final String REPORT_DUE_DATE_TEXT = "reportDueDateText";
  public static final String REMINDER_DATE = "reminderDate";
  public static final String ESCALATION_DATE = "escalationDate";

  public static final String DEVELOPMENT = "development";
  public static final String MEETS_REQUIREMENTS = "meetsRequirements";
  public static final String ASSESSMENT = "assessment";
  public static final String REPORT_SUMMARY_TEXT = "reportSummaryText";
  public static final String PROPOSED_OUTCOME = "proposedOutcome";
  public static final String PROPOSED_OUTCOME_TEXT = "proposedOutcomeText";
  public static final String OVERRIDE_OUTCOME = "overrideOutcome";
  public static final String OVERRIDE_JUSTIFICATION = "overrideJustification";
  public static final String FOLLOW_UP_PLAN = "followUpPlan";
  public static final String FOLLOW_UP_DEADLINE = "followUpDeadline";
  public static final String GRANT_NCE = "grantNce";
  public static final String END_PARTICIPATION = "endParticipation";
  public static final String FOLLOW_UP_JUSTIFICATION = "followUpJustification";
  public static final String DECIDED_BY = "evaluationDecidedBy";

  /** The annual report's fields, as the form names them. */
  public static final String[] REPORT_TEXTS = {"activities", "internationalActivity", "goalAchievement", "nextYearPlan"};
  public static final String[] REPORT_COUNTS = {"members", "newMembers", "collaborativeProjects", "rdProjects"};
  public static final String FUNDS_USED = "fundsUsed";

  private EvaluationVariables() {}

  /**
   * The cluster's case number: the evaluation's business key, which the round sets. The variable of
   * that name is only what the forms show.
   */
  public static String caseNumber(DelegateExecution execution) {
    return execution.getProcessBusinessKey();
  }

  /** The round's year, read as any Number since a start form may submit it as a long or a double. */
  public static int roundYear(VariableScope scope) {
    return ((Number) scope.getVariable(ROUND_YEAR)).intValue();
  }

  public static Instant roundReportDue(VariableScope scope) {
    return ((Date) scope.getVariable(ROUND_REPORT_DUE)).toInstant();
  }

  /** Who started the round by hand; null for the yearly timer. */
  public static String roundStartedBy(VariableScope scope) {
    return (String) scope.getVariable(ROUND_STARTED_BY);
  }

  /** The user id of the cluster's manager. */
  public static String clusterManager(VariableScope scope) {
    return (String) scope.getVariable(CLUSTER_MANAGER);
  }

  /** The outcome the decision table gives, before any overruling. */
  public static Outcome proposedOutcome(VariableScope scope) {
    return Outcome.valueOf((String) scope.getVariable(PROPOSED_OUTCOME));
  }

  public static String decidedBy(VariableScope scope) {
    return (String) scope.getVariable(DECIDED_BY);
  }

  public static String development(VariableScope scope) {
    return (String) scope.getVariable(DEVELOPMENT);
  }

  public static Boolean meetsRequirements(VariableScope scope) {
    return (Boolean) scope.getVariable(MEETS_REQUIREMENTS);
  }

  public static String assessment(VariableScope scope) {
    return (String) scope.getVariable(ASSESSMENT);
  }

  public static String overrideJustification(VariableScope scope) {
    return (String) scope.getVariable(OVERRIDE_JUSTIFICATION);
  }

  public static String followUpPlan(VariableScope scope) {
    return (String) scope.getVariable(FOLLOW_UP_PLAN);
  }
}
