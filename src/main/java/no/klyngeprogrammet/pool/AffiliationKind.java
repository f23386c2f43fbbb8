package no.klyngeprogrammet.pool;

/** How a reviewer is tied to an organisation; any of them bars the reviewer from its applications. */
public enum AffiliationKind {
  EMPLOYER("arbeidsgiver"),
  BOARD("styreverv"),
  OWNERSHIP("eierskap");

  private final String displayName;

  AffiliationKind(String displayName) {
    this.displayName = displayName;
  }

  public String displayName() {
    return displayName;
  }
}
