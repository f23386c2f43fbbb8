package no.klyngeprogrammet.call;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Beregn frister og budsjett": the yearly call's dates and budgets from configuration. */
@Component
class PrepareYearlyCallDelegate implements JavaDelegate {

  private final CallCalendar calendar;
  private final CallProperties properties;
  private final CallService calls;
  private final Clock clock;

  public PrepareYearlyCallDelegate(CallCalendar calendar, CallProperties properties, CallService calls, Clock clock) {
    this.calendar = calendar;
    this.properties = properties;
    this.calls = calls;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Instant now = clock.instant();
    int year = calendar.yearOf(now);
    CallDates dates = calendar.datesFor(year);
    Map<Level, Long> budgets = new EnumMap<>(Level.class);
    for (Level level : Level.values()) {
      budgets.put(level, properties.budgetFor(level));
    }
    var request = new OpenCallRequest(year, "Utlysning " + year, dates.deadline(), dates.announcement(), budgets, null);
    execution.setVariables(request.toVariables());
    execution.setVariable(CallVariables.CALL_ALREADY_OPEN, calls.isOpen(year));
  }
}
