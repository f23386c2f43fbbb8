package no.klyngeprogrammet.identity;

import java.util.List;

/** The Camunda groups, one per role of the programme. */
public final class ProgrammeGroups {

  public static final String CASE_OFFICERS = "case-officers";
  public static final String REVIEWERS = "reviewers";
  public static final String PROGRAMME_COUNCIL = "programme-council";
  public static final String CLUSTER_MANAGERS = "cluster-managers";
  public static final String APPLICANTS = "applicants";
  public static final String ADMINISTRATORS = "camunda-admin";
  /**
   * The appellate body (klageinstansen) by default. The complaint module names the group it uses
   * ({@code klynge.complaint.appellate-group}) and declares it as a {@link WorkGroup}.
   */
  public static final String APPEALS_BOARD = "appeals-board";

  public record GroupDefinition(String id, String name) {}

  public static final List<GroupDefinition> ALL = List.of(
      new GroupDefinition(CASE_OFFICERS, "Saksbehandlere"),
      new GroupDefinition(REVIEWERS, "Fagvurderere"),
      new GroupDefinition(PROGRAMME_COUNCIL, "Programrådet"),
      new GroupDefinition(CLUSTER_MANAGERS, "Klyngeledere"),
      new GroupDefinition(APPLICANTS, "Søkere"),
      new GroupDefinition(ADMINISTRATORS, "Administratorer"));

  private ProgrammeGroups() {}
}
