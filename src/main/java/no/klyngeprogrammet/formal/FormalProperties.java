package no.klyngeprogrammet.formal;

import java.util.Map;
import no.klyngeprogrammet.call.Level;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The formal requirements' numbers, from {@code klynge.formal}. */
@ConfigurationProperties("klynge.formal")
public record FormalProperties(Map<Level, Integer> minimumMembers) {

  public int minimumMembersFor(Level level) {
    Integer minimum = minimumMembers.get(level);
    if (minimum == null) {
      throw new IllegalStateException("klynge.formal.minimum-members." + level + " is not configured");
    }
    return minimum;
  }
}
