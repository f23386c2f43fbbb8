package no.klyngeprogrammet.decision;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.klyngeprogrammet.application.Submission;
import no.klyngeprogrammet.application.SubmittedApplications;
import no.klyngeprogrammet.call.CallService;
import no.klyngeprogrammet.call.ClusterCall;
import no.klyngeprogrammet.cluster.ClusterRegistry;
import no.klyngeprogrammet.config.NorwegianFormat;
import no.klyngeprogrammet.notification.Letter;
import no.klyngeprogrammet.notification.LetterProperties;
import no.klyngeprogrammet.notification.MailTemplates;
import no.klyngeprogrammet.notification.NotificationService;
import no.klyngeprogrammet.review.ReviewRepository;
import no.klyngeprogrammet.scoring.ApplicationScoreRepository;
import no.klyngeprogrammet.scoring.Criterion;
import no.klyngeprogrammet.scoring.FinalScore;
import org.springframework.stereotype.Component;

/**
 * The decision letter (enkeltvedtak): outcome and level, the yearly funding of an admitted
 * cluster, the scores per criterion with the reviewers' reasons, and the right to complain.
 */
@Component
public class DecisionLetter {

  public static final String KIND = "DECISION";

  private final DecisionRepository decisions;
  private final SubmittedApplications applications;
  private final ReviewRepository reviews;
  private final ClusterRegistry registry;
  private final CallService calls;
  private final ApplicationScoreRepository scores;
  private final MailTemplates templates;
  private final NotificationService notifications;
  private final LetterProperties letters;
  private final ZoneId zone;

  public DecisionLetter(DecisionRepository decisions, SubmittedApplications applications, ReviewRepository reviews,
      ClusterRegistry registry, CallService calls, ApplicationScoreRepository scores, MailTemplates templates,
      NotificationService notifications, LetterProperties letters, ZoneId programmeZone) {
    this.decisions = decisions;
    this.applications = applications;
    this.reviews = reviews;
    this.registry = registry;
    this.calls = calls;
    this.scores = scores;
    this.templates = templates;
    this.notifications = notifications;
    this.letters = letters;
    this.zone = programmeZone;
  }

  /** @return whether the decision admits the cluster */
  public boolean send(String caseNumber) {
    var decision = decisions.decisionFor(caseNumber)
        .orElseThrow(() -> new IllegalStateException("No decision for " + caseNumber));
    var stored = applications.version(caseNumber, decision.version());
    Submission submission = applications.read(stored.snapshot());
    ClusterCall call = calls.get(stored.callId());
    boolean admitted = decision.outcome() == DecisionOutcome.ADMITTED;
    var entry = registry.entryFor(caseNumber, submission.clusterName(), decision.level(), decision.yearlyFunding(),
        call.announcement().atZone(zone).toLocalDate());
    FinalScore score = scores.finalScore(caseNumber, decision.version());

    Map<String, Object> model = new HashMap<>();
    model.put("caseNumber", caseNumber);
    model.put("admitted", admitted);
    model.put("contactName", submission.contactName());
    model.put("clusterName", submission.clusterName());
    model.put("level", decision.level().displayName());
    model.put("periodStart", NorwegianFormat.date(entry.periodStart().atStartOfDay(zone).toInstant(), zone));
    model.put("periodEnd", NorwegianFormat.date(entry.periodEnd().atStartOfDay(zone).toInstant(), zone));
    model.put("funding", NorwegianFormat.kroner(decision.yearlyFunding()));
    model.put("scores", scoreLines(score));
    model.put("total", score.total());
    model.put("passes", score.passesThresholds());
    model.put("deviated", decision.deviated());
    model.put("deviationJustification", decision.justification());
    model.put("complaintAddress", letters.complaintAddress());
    var mail = templates.render("decision", model);
    notifications.send(new Letter(KIND + ":" + caseNumber, caseNumber, KIND, submission.contactEmail(), mail.subject(),
        mail.body(), stored.processInstanceId()));
    return admitted;
  }

  /** Reviewers are named by number only: the applicant learns the reasons, not who gave them. */
  private List<String> scoreLines(FinalScore score) {
    var byCriterion = reviews.completedScores(score.caseNumber(), score.version()).stream()
        .collect(Collectors.groupingBy(ReviewRepository.StoredScore::criterion));
    List<String> lines = new ArrayList<>();
    for (Criterion criterion : Criterion.values()) {
      StringBuilder line = new StringBuilder().append(criterion.number()).append(". ").append(criterion.displayName())
          .append(": ").append(score.perCriterion().get(criterion)).append(" poeng.");
      int n = 1;
      for (var review : byCriterion.getOrDefault(criterion, List.of())) {
        line.append("\n  Fagvurderer ").append(n++).append(": ").append(review.justification());
      }
      lines.add(line.toString());
    }
    if (score.consensusJustification() != null) {
      lines.add("Omforent vurdering der fagvurdererne var uenige: " + score.consensusJustification());
    }
    return lines;
  }
}
