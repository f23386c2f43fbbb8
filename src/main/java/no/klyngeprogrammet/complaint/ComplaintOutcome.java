package no.klyngeprogrammet.complaint;

/**
 * How a complaint ended. The constant names are the text stored in complaint.outcome and compared
 * in the complaint letter's template, so renaming one needs a migration and a template change.
 */
public enum ComplaintOutcome {
  /** Received after the complaint window closed, so not assessed. */
  REFUSED_LATE,
  /**
   * Assessed, and the decision stands. Since the second step, the complaint then goes on to the
   * appellate body, whose own outcome is UPHELD or CHANGED in complaint.appeal_outcome.
   */
  UPHELD,
  /** Assessed, and the decision takes the other outcome. */
  CHANGED
}
