package no.klyngeprogrammet.monitoring;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import no.klyngeprogrammet.status.CaseState;
import no.klyngeprogrammet.status.CaseStates;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Gauges read when scraped: the cases per state ({@code klynge_cases{state=...}}), by the same rule
 * as the status page, and the open incidents of the engine ({@code klynge_incidents_open}), which
 * Cockpit lists one by one.
 *
 * <p>The engine is looked up at the first scrape: the registry binds its gauges early, and an
 * engine created that early would make its tables before Flyway makes the project's.
 */
@Component
public class CaseMetrics implements MeterBinder {

  public static final String CASES = "klynge.cases";
  public static final String OPEN_INCIDENTS = "klynge.incidents.open";

  private final CaseStates states;
  private final ObjectProvider<RuntimeService> runtimeService;

  public CaseMetrics(CaseStates states, ObjectProvider<RuntimeService> runtimeService) {
    this.states = states;
    this.runtimeService = runtimeService;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (CaseState state : CaseState.values()) {
      Gauge.builder(CASES, states, s -> s.count().get(state))
          .description("Applications for cluster status per state of their case")
          .tag("state", state.metricLabel())
          .register(registry);
    }
    Gauge.builder(OPEN_INCIDENTS, runtimeService, r -> r.getObject().createIncidentQuery().count())
        .description("Incidents of the process engine not yet resolved")
        .register(registry);
  }
}
