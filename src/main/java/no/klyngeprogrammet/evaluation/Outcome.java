package no.klyngeprogrammet.evaluation;

/** What an annual evaluation can conclude, and the registry status it leaves. */
public enum Outcome {
  CONTINUE("Fortsetter", "ACTIVE"),
  CONTINUE_WITH_CONDITIONS("Fortsetter med vilkår", "WITH_CONDITIONS"),
  END("Deltakelsen avsluttes", "ENDED"),
  EXTEND("Perioden forlenges", "ACTIVE"),
  INVITE_NEXT_LEVEL("Invitasjon til å søke neste nivå", "COMPLETED"),
  COMPLETE("Perioden er fullført", "COMPLETED");

  private final String displayName;
  private final String registryStatus;

  Outcome(String displayName, String registryStatus) {
    this.displayName = displayName;
    this.registryStatus = registryStatus;
  }

  public String displayName() {
    return displayName;
  }

  public String registryStatus() {
    return registryStatus;
  }
}
