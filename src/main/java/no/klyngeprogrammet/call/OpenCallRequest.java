package no.klyngeprogrammet.call;

import java.time.Instant;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** What it takes to open a call, whether the yearly timer or an administrator asks. */
public record OpenCallRequest(
    int year, String title, Instant deadline, Instant announcement, Map<Level, Long> budgets, String openedBy) {

  public OpenCallRequest {
    budgets = Map.copyOf(budgets);
  }

  /** The process variables that carry a prepared request to the step that opens the call. */
  public Map<String, Object> toVariables() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CallVariables.CALL_YEAR, year);
    variables.put(CallVariables.CALL_TITLE, title);
    variables.put(CallVariables.DEADLINE, Date.from(deadline));
    variables.put(CallVariables.ANNOUNCEMENT_DATE, Date.from(announcement));
    budgets.forEach((level, amount) -> variables.put(CallVariables.budgetVariable(level), amount));
    return variables;
  }

  public static OpenCallRequest fromVariables(Map<String, Object> variables, String openedBy) {
    Map<Level, Long> budgets = new EnumMap<>(Level.class);
    for (Level level : Level.values()) {
      budgets.put(level, ((Number) variables.get(CallVariables.budgetVariable(level))).longValue());
    }
    return new OpenCallRequest(
        ((Number) variables.get(CallVariables.CALL_YEAR)).intValue(),
        (String) variables.get(CallVariables.CALL_TITLE),
        ((Date) variables.get(CallVariables.DEADLINE)).toInstant(),
        ((Date) variables.get(CallVariables.ANNOUNCEMENT_DATE)).toInstant(),
        budgets,
        openedBy);
  }
}
