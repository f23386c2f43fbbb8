package no.klyngeprogrammet.decision;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import no.klyngeprogrammet.application.PersonalDataHold;
import no.klyngeprogrammet.cluster.ClusterRegistry;
import org.springframework.stereotype.Component;

/** An admitted cluster keeps its contact person: admitted by the council or in the registry. */
@Component
class AdmissionHold implements PersonalDataHold {

  private final DecisionRepository decisions;
  private final ClusterRegistry registry;

  AdmissionHold(DecisionRepository decisions, ClusterRegistry registry) {
    this.decisions = decisions;
    this.registry = registry;
  }

  @Override
  public Set<String> keep(Collection<String> caseNumbers, Instant cutoff) {
    Set<String> kept = new HashSet<>(decisions.admitted(caseNumbers));
    kept.addAll(registry.registered(caseNumbers));
    return kept;
  }
}
