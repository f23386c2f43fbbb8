package no.klyngeprogrammet.call;

import java.time.LocalTime;
import java.time.MonthDay;
import java.time.Period;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The yearly call's calendar and budgets, from {@code klynge.call}. Read once when a call opens:
 * a running call keeps the dates it was opened with.
 */
@ConfigurationProperties("klynge.call")
public record CallProperties(
    MonthDay opensOn,
    LocalTime opensAt,
    MonthDay deadlineOn,
    LocalTime deadlineAt,
    Period announcementAfter,
    Map<Level, Long> budget) {

  public CallProperties {
    budget = budget == null ? Map.of() : Map.copyOf(new EnumMap<>(budget));
  }

  public long budgetFor(Level level) {
    Long amount = budget.get(level);
    if (amount == null) {
      throw new IllegalStateException("klynge.call.budget." + level + " is not configured");
    }
    return amount;
  }
}
