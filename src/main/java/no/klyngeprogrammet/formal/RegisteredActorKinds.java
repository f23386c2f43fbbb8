package no.klyngeprogrammet.formal;

import java.util.EnumSet;
import java.util.Set;
import no.klyngeprogrammet.application.ActorKind;
import no.klyngeprogrammet.register.RegisteredUnit;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The kinds of actor a registered unit can be, by the decision table {@code RegisteredActorKind}
 * (organisation form and institutional sector code), which administrators read in Cockpit.
 */
@Component
class RegisteredActorKinds {

  static final String DECISION_KEY = "RegisteredActorKind";

  private final DecisionService decisionService;

  RegisteredActorKinds(DecisionService decisionService) {
    this.decisionService = decisionService;
  }

  /** Empty when the table cannot tell: the declared kind is then not compared. */
  Set<ActorKind> of(RegisteredUnit unit) {
    var result = decisionService.evaluateDecisionTableByKey(DECISION_KEY, Variables.createVariables()
        .putValue("orgForm", unit.orgForm())
        .putValue("sectorCode", unit.sectorCode()));
    Set<ActorKind> kinds = EnumSet.noneOf(ActorKind.class);
    result.<String>collectEntries("actorKind").forEach(kind -> kinds.add(ActorKind.valueOf(kind)));
    return kinds;
  }
}
