package no.klyngeprogrammet.decision;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
  private final ScoredApplications scored;
  private final CallService calls;
  private final Clock clock;

  Recommendation(DecisionRepository decisions, ScoredApplications scored, CallService calls, Clock clock) {
    this.decisions = decisions;
    this.scored = scored;
    this.calls = calls;
    this.clock = clock;
  }

  public Map<Level, List<RankedCandidate>> rank(long callId) {
    ClusterCall call = calls.get(callId);
    List<Candidate> candidates = scored.of(callId).stream()
        .map(s -> new Candidate(s.caseNumber(), s.submission().level(), s.score().perCriterion(), s.score().total(),
            s.score().passesThresholds(), s.receivedAt(), s.submission().amountApplied()))
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
    return scored.of(callId).stream()
        .map(s -> Map.of("label", s.caseNumber() + " – " + s.submission().clusterName(),
            "value", s.caseNumber()))
        .collect(Collectors.toList());
  }

  public void record(long callId, String recommendedBy) {
    Map<String, Integer> versions = scored.of(callId).stream()
        .collect(Collectors.toMap(ScoredApplications.Scored::caseNumber, ScoredApplications.Scored::version));
    rank(callId).values().forEach(list -> list.forEach(ranked ->
        decisions.recordRecommendation(callId, ranked, versions.get(ranked.candidate().caseNumber()), recommendedBy,
            clock.instant())));
  }
}
