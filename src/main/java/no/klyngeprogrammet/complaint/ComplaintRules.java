package no.klyngeprogrammet.complaint;

import java.util.Optional;
import no.klyngeprogrammet.decision.DecisionRepository;
import no.klyngeprogrammet.formal.FormalCheckRepository;
import no.klyngeprogrammet.formal.FormalRejectionLetter;
import no.klyngeprogrammet.validation.Errors;
import org.springframework.stereotype.Component;

/** The rules both steps of a complaint follow: who may not decide it, and what it cannot change. */
@Component
class ComplaintRules {

  private final DecisionRepository decisions;
  private final FormalCheckRepository formalChecks;

  ComplaintRules(DecisionRepository decisions, FormalCheckRepository formalChecks) {
    this.decisions = decisions;
    this.formalChecks = formalChecks;
  }

  static boolean formal(ComplaintRepository.Complaint complaint) {
    return FormalRejectionLetter.KIND.equals(complaint.letterKind());
  }

  /** Who prepared the decision complained of: the case officer of the formal check, or of the recommendation. */
  Optional<String> preparer(ComplaintRepository.Complaint complaint) {
    return formal(complaint) ? formalChecks.decidedBy(complaint.caseNumber())
        : decisions.recommendedBy(complaint.caseNumber());
  }

  /**
   * A formal rejection can be upheld on complaint, but not changed: changing it would need the
   * application to be reviewed, which a complaint does not start.
   */
  static void checkChange(Errors errors, String field, String label, boolean change,
      ComplaintRepository.Complaint complaint) {
    if (change && formal(complaint)) {
      errors.add(field, label, "en formell avvisning kan ikke endres her, fordi søknaden da må fagvurderes");
    }
  }
}
