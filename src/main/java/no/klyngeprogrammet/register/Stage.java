package no.klyngeprogrammet.register;

/** When the register was asked about a case's organisations. */
public enum Stage {
  /** At submission, and until the answer came if the register could not be reached then. */
  SUBMISSION,
  /** Again when the recommendation is made, before the council's decision. */
  DECISION
}
