package no.klyngeprogrammet.cluster;

/**
 * A registered cluster's status. The constant names are the text stored in cluster_registry.status,
 * so renaming one needs a migration.
 */
public enum ClusterStatus {
  ACTIVE("Aktiv"),
  WITH_CONDITIONS("Aktiv med vilkår"),
  ENDED("Avsluttet"),
  COMPLETED("Fullført");

  private final String displayName;

  ClusterStatus(String displayName) {
    this.displayName = displayName;
  }

  public String displayName() {
    return displayName;
  }

  /** Whether the cluster's period is still running, so that it is evaluated and a level change ends it. */
  public boolean running() {
    return this == ACTIVE || this == WITH_CONDITIONS;
  }
}
