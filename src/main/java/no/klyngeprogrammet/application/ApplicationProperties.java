package no.klyngeprogrammet.application;

import java.util.EnumMap;
import java.util.Map;
import no.klyngeprogrammet.call.Level;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The programme's limits on an application, from {@code klynge.application}.
 *
 * @param maxAmountApplied the most a cluster may apply for per year, per level: the level's yearly
 *     funding frame. The application form's {@code validate.max} of {@code amountApplied} says the
 *     same, so that the browser tells the applicant before the server does.
 */
@ConfigurationProperties("klynge.application")
public record ApplicationProperties(Map<Level, Long> maxAmountApplied) {

  public ApplicationProperties {
    maxAmountApplied = maxAmountApplied == null ? Map.of() : Map.copyOf(new EnumMap<>(maxAmountApplied));
    for (Level level : Level.values()) {
      if (!maxAmountApplied.containsKey(level)) {
        throw new IllegalStateException("klynge.application.max-amount-applied." + level + " is not configured");
      }
    }
  }

  public long maxAmountAppliedFor(Level level) {
    return maxAmountApplied.get(level);
  }
}
