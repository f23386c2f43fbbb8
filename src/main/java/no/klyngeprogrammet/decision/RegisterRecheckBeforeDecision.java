package no.klyngeprogrammet.decision;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.klyngeprogrammet.register.RegisterChecks;
import no.klyngeprogrammet.register.Stage;
import org.springframework.stereotype.Component;

/**
 * When the recommendation is made, every organisation of every recommended application is looked up
 * in Enhetsregisteret again; what changed since submission (bankrupt, deleted, merged away, renamed)
 * is shown to the programme council beside the recommendation.
 */
@Component
class RegisterRecheckBeforeDecision {

  static final String NO_CHANGES = "Ingen endringer i Enhetsregisteret siden innsending for organisasjonene i de innstilte søknadene.";

  private final Recommendation recommendation;
  private final ScoredApplications scored;
  private final RegisterChecks registerChecks;

  RegisterRecheckBeforeDecision(Recommendation recommendation, ScoredApplications scored, RegisterChecks registerChecks) {
    this.recommendation = recommendation;
    this.scored = scored;
    this.registerChecks = registerChecks;
  }

  /** The changes per recommended case, in Norwegian, for the council's task. */
  String changesSinceSubmission(long callId) {
    Map<String, Integer> versions = scored.of(callId).stream()
        .collect(Collectors.toMap(ScoredApplications.Scored::caseNumber, ScoredApplications.Scored::version));
    StringBuilder text = new StringBuilder();
    recommendation.rank(callId).values().stream().flatMap(List::stream).filter(RankedCandidate::funded)
        .map(ranked -> ranked.candidate().caseNumber())
        .sorted()
        .forEach(caseNumber -> {
          List<String> changes = registerChecks.checkAgain(caseNumber, versions.get(caseNumber), Stage.DECISION);
          if (!changes.isEmpty()) {
            text.append(caseNumber).append(":\n");
            changes.forEach(change -> text.append("   • ").append(change).append('\n'));
          }
        });
    return text.isEmpty() ? NO_CHANGES : text.toString().strip();
  }
}
