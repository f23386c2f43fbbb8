package no.klyngeprogrammet.call;

/** The three levels of the programme, with the names applicants read. */
public enum Level {
  ARENA("Arena"),
  ARENA_PRO("Arena Pro"),
  GCE("GCE (Global Centres of Expertise)");

  private final String displayName;

  Level(String displayName) {
    this.displayName = displayName;
  }

  public String displayName() {
    return displayName;
  }
}
