package no.klyngeprogrammet.review;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.klyngeprogrammet.application.ApplicationVariables;
import no.klyngeprogrammet.scoring.ApplicationScore;
import no.klyngeprogrammet.scoring.Criterion;
import no.klyngeprogrammet.scoring.ReviewScores;
import no.klyngeprogrammet.scoring.ScoringRules;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Beregn poeng": the mean per criterion over the completed reviews, and whether reviewers differ
 * so much on a criterion that the case officer must settle it; if so, which criteria and a summary
 * of the reviews, for the consensus task.
 */
@Component
class ScoreApplicationDelegate implements JavaDelegate {

  private final ReviewRepository reviews;
  private final ScoringRules rules;

  ScoreApplicationDelegate(ReviewRepository reviews, ScoringRules rules) {
    this.reviews = reviews;
    this.rules = rules;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = ApplicationVariables.caseNumber(execution);
    int version = ApplicationVariables.version(execution);
    ApplicationScore score = rules.score(reviewScores(reviews, caseNumber, version));
    execution.setVariable(ReviewVariables.NEEDS_CONSENSUS, score.needsConsensus());
    if (!score.needsConsensus()) {
      // What follows is what the consensus task shows; without one, the scores are recorded next
      // and these would only be six more variables, with their history, for every application.
      return;
    }
    for (Criterion criterion : Criterion.values()) {
      execution.setVariable(ReviewVariables.needsConsensus(criterion), score.needingConsensus().contains(criterion));
    }
    execution.setVariable(ReviewVariables.SCORE_SUMMARY_TEXT, summary(reviews.completedScores(caseNumber, version), score));
  }

  static List<ReviewScores> reviewScores(ReviewRepository reviews, String caseNumber, int version) {
    return reviews.completedScoresPerReviewer(caseNumber, version).entrySet().stream()
        .map(e -> new ReviewScores(e.getKey(), e.getValue())).toList();
  }

  private static String summary(List<ReviewRepository.StoredScore> scores, ApplicationScore score) {
    Map<Criterion, List<ReviewRepository.StoredScore>> byCriterion =
        scores.stream().collect(Collectors.groupingBy(ReviewRepository.StoredScore::criterion));
    StringBuilder text = new StringBuilder();
    for (Criterion criterion : Criterion.values()) {
      BigDecimal mean = score.perCriterion().get(criterion);
      text.append(criterion.number()).append(". ").append(criterion.displayName()).append(": snitt ").append(mean)
          .append(score.needingConsensus().contains(criterion) ? " (stor uenighet)" : "").append('\n');
      for (var review : byCriterion.getOrDefault(criterion, List.of())) {
        text.append("   ").append(review.reviewerId()).append(": ").append(review.score()).append(" – ")
            .append(review.justification()).append('\n');
      }
    }
    return text.toString().strip();
  }
}
