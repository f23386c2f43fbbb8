package no.klyngeprogrammet.application;

import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Takes a submission in: validates it, asks Enhetsregisteret about its organisations, and registers
 * it as a case or a new version. The same for a submission whose process is starting
 * ({@link RegisterApplicationDelegate}) and for one whose start is deferred ({@link PublicSubmissions}).
 */
@Component
class SubmissionRegistration {

  private final ApplicationIntake intake;
  private final SubmissionRegisterCheck registerCheck;
  private final ApplicationProperties limits;

  SubmissionRegistration(ApplicationIntake intake, SubmissionRegisterCheck registerCheck, ApplicationProperties limits) {
    this.intake = intake;
    this.registerCheck = registerCheck;
    this.limits = limits;
  }

  record Registered(Submission submission, ApplicationIntake.Registration registration) {}

  /**
   * @param values the form's values, and the initiator variable if the engine set one
   * @param user the logged-in submitter, or null on the public page
   * @param statusToken the status link presented for a new version, or null
   * @param processInstanceId the starting instance, or null when the start is deferred
   * @throws no.klyngeprogrammet.validation.ValidationException when a rule is broken; nothing is stored
   */
  Registered register(Map<String, Object> values, String user, String statusToken, String processInstanceId) {
    Submission submission = SubmissionValidator.validate(values, user, limits);
    // Before the intake takes the call's lock: the look-ups wait for the network.
    var registerAnswers = registerCheck.refuseWhatTheRegisterRefuses(submission);
    var registration = intake.register(submission, processInstanceId, new ApplicationIntake.Submitter(user, statusToken));
    registerCheck.keep(registration.caseNumber(), registration.version(), registerAnswers);
    return new Registered(submission, registration);
  }
}
