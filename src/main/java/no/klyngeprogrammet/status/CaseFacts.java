package no.klyngeprogrammet.status;

/**
 * What the owning modules know of a case, reduced to what its state depends on. Each fact concerns
 * the case's current version where a version matters.
 */
record CaseFacts(boolean intakeClosed, boolean formallyEligible, boolean scored, boolean decisionLetterSent,
    boolean openComplaint) {

  /**
   * The first matching rule wins. "Decided" means made known to the applicant: a council decision
   * before the announcement must not show, so it counts as awaiting the decision until the letter
   * is sent. A complaint counts only while it is unanswered; a late one is answered by its refusal.
   */
  CaseState state() {
    if (openComplaint) {
      return CaseState.COMPLAINT;
    }
    if (decisionLetterSent) {
      return CaseState.DECIDED;
    }
    if (scored) {
      return CaseState.AWAITING_DECISION;
    }
    if (formallyEligible) {
      return CaseState.UNDER_REVIEW;
    }
    if (intakeClosed) {
      return CaseState.FORMAL_CHECK;
    }
    return CaseState.RECEIVED;
  }
}
