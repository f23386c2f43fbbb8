package no.klyngeprogrammet.application;

import java.util.List;
import no.klyngeprogrammet.call.Level;

/** An application for cluster status exactly as submitted, after validation. */
public record Submission(
    String clusterName,
    Level level,
    String applicantName,
    String applicantOrgNumber,
    String contactName,
    String contactEmail,
    String contactPhone,
    List<Member> members,
    String vision,
    String focusAreas,
    String projectDescription,
    String projectEffect,
    String programmeContribution,
    String implementationPlan,
    long budgetPerYear,
    long amountApplied,
    long ownFinancing,
    boolean intendsNce) {

  public Submission {
    members = List.copyOf(members);
  }
}
