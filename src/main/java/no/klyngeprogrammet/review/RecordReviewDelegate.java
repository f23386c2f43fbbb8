package no.klyngeprogrammet.review;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import no.klyngeprogrammet.application.ApplicationVariables;
import no.klyngeprogrammet.scoring.Criterion;
import no.klyngeprogrammet.scoring.ScoreValue;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Lagre fagvurdering": the reviewer's scores and justifications, in the project's tables. */
@Component
class RecordReviewDelegate implements JavaDelegate {

  private final ReviewRepository reviews;
  private final ReviewFollowUps followUps;
  private final Clock clock;

  public RecordReviewDelegate(ReviewRepository reviews, ReviewFollowUps followUps, Clock clock) {
    this.reviews = reviews;
    this.followUps = followUps;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<Criterion, BigDecimal> scores = new EnumMap<>(Criterion.class);
    Map<Criterion, String> justifications = new EnumMap<>(Criterion.class);
    for (Criterion criterion : Criterion.values()) {
      scores.put(criterion, ScoreValue.parse(execution.getVariable(ReviewVariables.score(criterion))));
      justifications.put(criterion, ReviewVariables.justificationOf(execution, criterion).strip());
    }
    long assignmentId = ReviewVariables.assignmentId(execution);
    reviews.recordScores(assignmentId, scores, justifications, clock.instant());
    followUps.delivered(assignmentId, ApplicationVariables.caseNumber(execution));
  }
}
