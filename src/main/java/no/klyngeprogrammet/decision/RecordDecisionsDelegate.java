package no.klyngeprogrammet.decision;

import static no.klyngeprogrammet.decision.DecisionVariables.*;

import java.time.Clock;
import java.util.Map;
import no.klyngeprogrammet.call.CallVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Lagre vedtak": one decision per scored application, as recommended unless the council
 * deviated; an admitted cluster is granted the yearly amount it applied for.
 */
@Component
class RecordDecisionsDelegate implements JavaDelegate {

  private final DecisionRepository decisions;
  private final ScoredApplications scoredApplications;
  private final Clock clock;

  RecordDecisionsDelegate(DecisionRepository decisions, ScoredApplications scoredApplications, Clock clock) {
    this.decisions = decisions;
    this.scoredApplications = scoredApplications;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long callId = CallVariables.callId(execution);
    Map<String, Boolean> recommended = decisions.recommendedFunding(callId);
    String decidedBy = decidedBy(execution);
    Map<String, DecisionOutcome> deviations = CouncilDecision.deviations(decidedBy,
        recommendedBy(execution), execution.getVariable(ADMIT_INSTEAD),
        execution.getVariable(REJECT_INSTEAD), execution.getVariable(DEVIATION_JUSTIFICATION), recommended);
    String justification = deviations.isEmpty() ? null : deviationJustification(execution).strip();
    for (var scored : scoredApplications.of(callId)) {
      DecisionOutcome recommendedOutcome =
          recommended.get(scored.caseNumber()) ? DecisionOutcome.ADMITTED : DecisionOutcome.REJECTED;
      DecisionOutcome outcome = deviations.getOrDefault(scored.caseNumber(), recommendedOutcome);
      boolean deviated = outcome != recommendedOutcome;
      long funding = outcome == DecisionOutcome.ADMITTED ? scored.submission().amountApplied() : 0;
      decisions.recordDecision(callId, new DecisionRepository.Decision(scored.caseNumber(), scored.version(), outcome,
          scored.submission().level(), funding, deviated, deviated ? justification : null), decidedBy, clock.instant());
    }
  }
}
