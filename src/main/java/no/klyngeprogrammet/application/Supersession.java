package no.klyngeprogrammet.application;

import static no.klyngeprogrammet.application.ApplicationVariables.*;

import java.util.Locale;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Tells the process of a case's previous version that a new version replaced it, and whether the
 * new one names another contact person (who then is told about it). Runs where the new version's
 * process starts, in the same transaction.
 */
@Component
class Supersession {

  private final ApplicationRepository applications;
  private final SubmittedApplications submitted;
  private final RuntimeService runtimeService;

  Supersession(ApplicationRepository applications, SubmittedApplications submitted, RuntimeService runtimeService) {
    this.applications = applications;
    this.submitted = submitted;
    this.runtimeService = runtimeService;
  }

  /**
   * @throws no.klyngeprogrammet.validation.ValidationException when the previous version's process
   *     has not started yet: its start was deferred a moment ago, and this version waits for it
   */
  void replace(String caseNumber, int version, String contactEmail) {
    var previous = applications.findVersion(caseNumber, version - 1)
        .orElseThrow(() -> new IllegalStateException("The replaced version has no stored snapshot"));
    if (previous.processInstanceId() == null) {
      throw ApplicationIntake.submittedAtTheSameMoment();
    }
    String previousEmail = submitted.read(previous.snapshot()).contactEmail();
    runtimeService.createMessageCorrelation(MESSAGE_SUPERSEDED)
        .processInstanceId(previous.processInstanceId())
        .setVariable(SUPERSEDED_BY_VERSION, version)
        .setVariable(CONTACT_CHANGED, !sameAddress(previousEmail, contactEmail))
        .correlateWithResult();
  }

  /** The local part may be case-sensitive by the standard, but no mail provider here treats it so. */
  private static boolean sameAddress(String a, String b) {
    return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
  }
}
