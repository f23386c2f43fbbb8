package no.klyngeprogrammet.monitoring;

/**
 * Where a case stands, as the metrics report it. The rules that place a case in a state are in
 * {@link CaseStates}, in one query.
 */
public enum CaseState {
  /** Submitted; the call still takes applications. */
  RECEIVED("received"),
  /** Intake has closed; the formal check is not yet recorded. */
  FORMAL_CHECK("formal_check"),
  /** Formally eligible; reviews and scoring are not finished. */
  UNDER_REVIEW("under_review"),
  /** Final scores are recorded; the council has not decided. */
  AWAITING_DECISION("awaiting_decision"),
  /** Decided by the council, or rejected on formal grounds. */
  DECIDED("decided"),
  /** A complaint on the decision is not yet answered. */
  COMPLAINT("complaint");

  private final String label;

  CaseState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
