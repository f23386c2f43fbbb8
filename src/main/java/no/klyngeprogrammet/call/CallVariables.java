package no.klyngeprogrammet.call;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Names of the {@code ClusterCall} process's variables and messages, in one place. */
public final class CallVariables {

  public static final String PROCESS_KEY = "ClusterCall";
  public static final String SCHEDULE_PROCESS_KEY = "YearlyCallSchedule";
  public static final String MESSAGE_YEARLY_CALL_DUE = "YearlyCallDue";

  public static final String CALL_ID = "callId";
  public static final String CALL_YEAR = "callYear";
  public static final String CALL_TITLE = "callTitle";
  public static final String DEADLINE = "deadline";
  public static final String ANNOUNCEMENT_DATE = "announcementDate";
  public static final String BUDGET_ARENA = "budgetArena";
  public static final String BUDGET_ARENA_PRO = "budgetArenaPro";
  public static final String BUDGET_GCE = "budgetGce";
  public static final String CALL_ALREADY_OPEN = "callAlreadyOpen";
  public static final String INITIATOR = "initiator";
  public static final String APPLICATION_COUNT = "applicationCount";
  public static final String MESSAGE_ALL_ASSESSED = "AllApplicationsAssessed";

  /** Fields of the special call's start form, in Oslo local time. */
  public static final String DEADLINE_LOCAL = "deadlineLocal";
  public static final String ANNOUNCEMENT_LOCAL = "announcementLocal";

  private CallVariables() {}

  public static String budgetVariable(Level level) {
    return switch (level) {
      case ARENA -> BUDGET_ARENA;
      case ARENA_PRO -> BUDGET_ARENA_PRO;
      case GCE -> BUDGET_GCE;
    };
  }

  /** The call a delegate or task listener works on. */
  public static long callId(VariableScope scope) {
    return ((Number) scope.getVariable(CALL_ID)).longValue();
  }

  public static String initiator(VariableScope scope) {
    return (String) scope.getVariable(INITIATOR);
  }
}
