package no.klyngeprogrammet.status;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.klyngeprogrammet.application.ApplicationRepository;
import no.klyngeprogrammet.application.ApplicationRepository.CurrentCase;
import no.klyngeprogrammet.call.CallService;
import no.klyngeprogrammet.call.ClusterCall;
import no.klyngeprogrammet.complaint.ComplaintRepository;
import no.klyngeprogrammet.decision.DecisionLetter;
import no.klyngeprogrammet.formal.FormalCheckRepository;
import no.klyngeprogrammet.formal.FormalRejectionLetter;
import no.klyngeprogrammet.notification.NotificationLog;
import no.klyngeprogrammet.scoring.ApplicationScoreRepository;
import org.springframework.stereotype.Service;

/**
 * The state of one case or of all, from the owners of the facts. Each fact is one query over the
 * cases asked about, so the metrics cost the same few queries however many cases there are.
 */
@Service
public class CaseStates {

  /** The letters that tell the applicant the decision. */
  static final List<String> DECISION_LETTERS = List.of(DecisionLetter.KIND, FormalRejectionLetter.KIND);

  private final ApplicationRepository applications;
  private final CallService calls;
  private final FormalCheckRepository formalChecks;
  private final ApplicationScoreRepository scores;
  private final NotificationLog letters;
  private final ComplaintRepository complaints;

  public CaseStates(ApplicationRepository applications, CallService calls, FormalCheckRepository formalChecks,
      ApplicationScoreRepository scores, NotificationLog letters, ComplaintRepository complaints) {
    this.applications = applications;
    this.calls = calls;
    this.formalChecks = formalChecks;
    this.scores = scores;
    this.letters = letters;
    this.complaints = complaints;
  }

  public Optional<CaseState> of(String caseNumber) {
    return applications.currentCase(caseNumber).map(current -> statesOf(List.of(current)).get(caseNumber));
  }

  public Map<CaseState, Long> count() {
    Map<CaseState, Long> counts = new EnumMap<>(CaseState.class);
    for (CaseState state : CaseState.values()) {
      counts.put(state, 0L);
    }
    statesOf(applications.currentCases()).values().forEach(state -> counts.merge(state, 1L, Long::sum));
    return counts;
  }

  private Map<String, CaseState> statesOf(List<CurrentCase> cases) {
    Map<String, Integer> versions = cases.stream()
        .collect(Collectors.toMap(CurrentCase::caseNumber, CurrentCase::version));
    Map<Long, Boolean> closedCalls = new HashMap<>();
    var eligible = formalChecks.formallyEligible(versions);
    var scored = scores.scored(versions);
    var decided = letters.casesWithAny(versions.keySet(), DECISION_LETTERS);
    var complained = complaints.withOpenComplaint(versions.keySet());
    return cases.stream().collect(Collectors.toMap(CurrentCase::caseNumber, current -> new CaseFacts(
        closedCalls.computeIfAbsent(current.callId(), id -> calls.get(id).status() == ClusterCall.Status.CLOSED),
        eligible.contains(current.caseNumber()), scored.contains(current.caseNumber()),
        decided.contains(current.caseNumber()), complained.contains(current.caseNumber())).state()));
  }
}
