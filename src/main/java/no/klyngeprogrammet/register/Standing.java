package no.klyngeprogrammet.register;

/** What Enhetsregisteret says about an organisation number, or that it could not be asked. */
public enum Standing {
  ACTIVE(null, "Aktiv"),
  BANKRUPT("er konkurs", "Konkurs"),
  UNDER_LIQUIDATION("er under avvikling", "Under avvikling"),
  FORCED_DISSOLUTION("er under tvangsavvikling eller tvangsoppløsning", "Under tvangsavvikling eller tvangsoppløsning"),
  DELETED("er slettet", "Slettet"),
  UNKNOWN("finnes ikke", "Finnes ikke"),
  SUB_UNIT("er en underenhet", "Underenhet"),
  UNREACHABLE(null, "Ikke kontrollert");

  private final String reason;
  private final String displayName;

  Standing(String reason, String displayName) {
    this.reason = reason;
    this.displayName = displayName;
  }

  /** Whether an application naming this organisation is refused. */
  public boolean refuses() {
    return reason != null;
  }

  /** Why it is refused, to follow the organisation's name: "Nordlys AS (…) er konkurs". */
  public String reason() {
    return reason;
  }

  public String displayName() {
    return displayName;
  }

  /** An answer of the register itself, which may be cached; unreachable is not an answer. */
  boolean isAnswer() {
    return this != UNREACHABLE;
  }
}
