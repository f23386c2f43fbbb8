package no.klyngeprogrammet.decision;

/**
 * What the programme council decided for an application. The constant names are the text stored in
 * decision.outcome, so renaming one needs a migration.
 */
public enum DecisionOutcome {
  ADMITTED("innvilget"),
  REJECTED("avslått");

  private final String displayName;

  DecisionOutcome(String displayName) {
    this.displayName = displayName;
  }

  /** As a sentence says it: "Søknaden er innvilget". */
  public String displayName() {
    return displayName;
  }
}
