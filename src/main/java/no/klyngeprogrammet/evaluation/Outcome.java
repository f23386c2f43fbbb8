package no.klyngeprogrammet.evaluation;

import no.klyngeprogrammet.cluster.ClusterStatus;

/** What an annual evaluation can conclude, and the registry status it leaves. */
public enum Outcome {
  CONTINUE("Fortsetter", ClusterStatus.ACTIVE),
  CONTINUE_WITH_CONDITIONS("Fortsetter med vilkår", ClusterStatus.WITH_CONDITIONS),
  END("Deltakelsen avsluttes", ClusterStatus.ENDED),
  EXTEND("Perioden forlenges", ClusterStatus.ACTIVE),
  INVITE_NEXT_LEVEL("Invitasjon til å søke neste nivå", ClusterStatus.COMPLETED),
  COMPLETE("Perioden er fullført", ClusterStatus.COMPLETED);

  private final String displayName;
  private final ClusterStatus registryStatus;

  Outcome(String displayName, ClusterStatus registryStatus) {
    this.displayName = displayName;
    this.registryStatus = registryStatus;
  }

  public String displayName() {
    return displayName;
  }

  public ClusterStatus registryStatus() {
    return registryStatus;
  }
}
