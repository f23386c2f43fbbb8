package no.klyngeprogrammet.cluster;

import java.util.Map;
import no.klyngeprogrammet.call.Level;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Contract periods per level, from {@code klynge.registry}. */
@ConfigurationProperties("klynge.registry")
public record RegistryProperties(Map<Level, Integer> periodYears) {

  public int yearsFor(Level level) {
    Integer years = periodYears.get(level);
    if (years == null) {
      throw new IllegalStateException("klynge.registry.period-years." + level + " is not configured");
    }
    return years;
  }
}
