package no.klyngeprogrammet.decision;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.klyngeprogrammet.application.SubmittedApplications;
import no.klyngeprogrammet.call.CallService;
import no.klyngeprogrammet.call.ClusterCall;
import no.klyngeprogrammet.call.Level;
import no.klyngeprogrammet.config.NorwegianFormat;
import org.springframework.stereotype.Service;

/**
 * The ranked list per level that the case officer recommends: every scored application of the
 * call, ranked and funded within the level's budget by {@link Ranking}.
 */
@Service
public class Recommendation {

  private final DecisionRepository decisions;
  private final SubmittedApplications applications;
  private final CallService calls;
  private final Clock clock;

  public Recommendation(DecisionRepository decisions, SubmittedApplications applications, CallService calls,
      Clock clock) {
    this.decisions = decisions;
    this.applications = applications;
    this.calls = calls;
    this.clock = clock;
  }

  public Map<Level, List<RankedCandidate>> rank(long callId) {
    ClusterCall call = calls.get(callId);
    List<Candidate> candidates = decisions.scoredApplications(callId).stream()
        .map(s -> new Candidate(s.caseNumber(), s.level(), decisions.finalScores(s.caseNumber(), s.version()), s.total(),
            s.passes(), s.receivedAt(), applications.read(s.snapshot()).amountApplied()))
        .toList();
    return Ranking.rankPerLevel(candidates, call.budgets());
  }

  public String describe(long callId) {
    ClusterCall call = calls.get(callId);
    StringBuilder text = new StringBuilder();
    rank(callId).forEach((level, ranked) -> {
      text.append(level.displayName()).append(" – budsjett ").append(NorwegianFormat.kroner(call.budgets().get(level)))
          .append(" per år\n");
      if (ranked.isEmpty()) {
        text.append("   Ingen søknader.\n");
      }
      for (RankedCandidate r : ranked) {
        Candidate c = r.candidate();
        text.append("   ").append(r.rank()).append(". ").append(c.caseNumber()).append(": ").append(c.total())
            .append(" poeng, ").append(c.passesThresholds() ? "over alle terskler" : "under en terskel")
            .append(", omsøkt ").append(NorwegianFormat.kroner(c.requestedAmount())).append(" – ")
            .append(r.funded() ? "innstilt" : "ikke innstilt")
            .append(", gjenstående budsjett ").append(NorwegianFormat.kroner(r.budgetLeft())).append('\n');
      }
    });
    return text.toString().strip();
  }

  public List<Map<String, String>> caseOptions(long callId) {
    return decisions.scoredApplications(callId).stream()
        .map(s -> Map.of("label", s.caseNumber() + " – " + applications.read(s.snapshot()).clusterName(),
            "value", s.caseNumber()))
        .collect(Collectors.toList());
  }

  public void record(long callId, String recommendedBy) {
    Map<String, Integer> versions = decisions.scoredApplications(callId).stream()
        .collect(Collectors.toMap(DecisionRepository.Scored::caseNumber, DecisionRepository.Scored::version));
    rank(callId).values().forEach(list -> list.forEach(ranked ->
        decisions.recordRecommendation(callId, ranked, versions.get(ranked.candidate().caseNumber()), recommendedBy,
            clock.instant())));
  }
}
