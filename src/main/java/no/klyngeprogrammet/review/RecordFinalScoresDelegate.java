package no.klyngeprogrammet.review;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import no.klyngeprogrammet.application.ApplicationVariables;
import no.klyngeprogrammet.scoring.ApplicationScore;
import no.klyngeprogrammet.scoring.ApplicationScoreRepository;
import no.klyngeprogrammet.scoring.Criterion;
import no.klyngeprogrammet.scoring.ScoreValue;
import no.klyngeprogrammet.scoring.ScoringRules;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Lagre endelige poeng": the means, replaced by the case officer's consensus scores where those
 * were needed, the weighted total and the threshold result.
 */
@Component
class RecordFinalScoresDelegate implements JavaDelegate {

  private final ReviewRepository reviews;
  private final ScoringRules rules;
  private final ApplicationScoreRepository scores;
  private final Clock clock;

  RecordFinalScoresDelegate(ReviewRepository reviews, ScoringRules rules, ApplicationScoreRepository scores,
      Clock clock) {
    this.reviews = reviews;
    this.rules = rules;
    this.scores = scores;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = ApplicationVariables.caseNumber(execution);
    int version = ApplicationVariables.version(execution);
    ApplicationScore computed = rules.score(ScoreApplicationDelegate.reviewScores(reviews, caseNumber, version));
    Map<Criterion, BigDecimal> consensus = new EnumMap<>(Criterion.class);
    for (Criterion criterion : computed.needingConsensus()) {
      consensus.put(criterion, ScoreValue.parse(execution.getVariable(ReviewVariables.consensus(criterion))));
    }
    ApplicationScore result = consensus.isEmpty() ? computed : rules.withConsensus(computed, consensus);
    String justification = consensus.isEmpty() ? null
        : ReviewVariables.consensusJustification(execution).strip();
    scores.record(caseNumber, version, computed.perCriterion(), result, consensus, justification,
        consensus.isEmpty() ? null : ReviewVariables.consensusBy(execution), clock.instant());
  }
}
