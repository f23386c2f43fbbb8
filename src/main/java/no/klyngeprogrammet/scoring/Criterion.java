package no.klyngeprogrammet.scoring;

/** The programme's five assessment criteria, numbered as the call text numbers them. */
public enum Criterion {
  SYNERGY("Synergi", 1),
  VALUE_CREATION("Verdiskaping", 2),
  STRATEGIC_PROJECT("Strategisk utviklingsprosjekt", 3),
  PARTICIPATION("Bred deltakelse", 4),
  LEADERSHIP("Aktivt lederskap", 5);

  private final String displayName;
  private final int number;

  Criterion(String displayName, int number) {
    this.displayName = displayName;
    this.number = number;
  }

  public String displayName() {
    return displayName;
  }

  public int number() {
    return number;
  }
}
