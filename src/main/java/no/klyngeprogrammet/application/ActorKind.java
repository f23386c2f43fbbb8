package no.klyngeprogrammet.application;

/** The kinds of actor a cluster brings together. */
public enum ActorKind {
  INDUSTRY("Næringsliv"),
  KNOWLEDGE("Kunnskapsmiljø"),
  PUBLIC("Offentlig utviklingsaktør"),
  CAPITAL("Kapitalaktør");

  private final String displayName;

  ActorKind(String displayName) {
    this.displayName = displayName;
  }

  public String displayName() {
    return displayName;
  }
}
