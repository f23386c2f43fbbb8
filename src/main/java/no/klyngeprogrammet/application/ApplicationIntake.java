package no.klyngeprogrammet.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import no.klyngeprogrammet.call.CallService;
import no.klyngeprogrammet.call.ClusterCall;
import no.klyngeprogrammet.validation.ValidationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers a validated submission: finds its call, gives it a case number or a new version of
 * its existing case, and keeps a snapshot of what was submitted.
 *
 * <p>A new version replaces what the programme assesses, so it is taken only from whoever proves
 * the case is theirs: the holder of a valid status link of the case (the receipt's link, which the
 * public page sends along), or the user who submitted an earlier version of it. Nobody else, case
 * officers and administrators included, can replace an organisation's application through the
 * applicant's start form, and the refusal tells nothing about the existing case.
 */
@Service
@Transactional
public class ApplicationIntake {

  private final CallService calls;
  private final ApplicationRepository applications;
  private final StatusLinks statusLinks;
  private final ObjectMapper objectMapper;
  private final Clock clock;
  private final TransactionTemplate savepoint;

  public ApplicationIntake(CallService calls, ApplicationRepository applications, StatusLinks statusLinks,
      ObjectMapper objectMapper, Clock clock, PlatformTransactionManager transactions) {
    this.calls = calls;
    this.applications = applications;
    this.statusLinks = statusLinks;
    this.objectMapper = objectMapper;
    this.clock = clock;
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  public static final String ALREADY_APPLIED = "Organisasjonen har allerede en søknad i denne utlysningen. "
      + "En ny versjon sendes fra lenken i kvitteringen (Send inn en ny versjon), eller av brukeren som sendte inn "
      + "søknaden";

  public static final String SUBMITTED_AT_THE_SAME_MOMENT = "en annen innsending for organisasjonen ble "
      + "registrert i samme øyeblikk, og ingenting av denne ble lagret. Send den inn på nytt hvis den skal bli en ny "
      + "versjon av søknaden";

  /**
   * What a submission is told when it lost a race with another change of the organisation's case
   * (the engine's optimistic locking, for example with the previous version's receipt job):
   * nothing of it was stored.
   */
  public static ValidationException submittedAtTheSameMoment() {
    return ValidationException.single(SubmissionValidator.REFUSED, ApplicationVariables.APPLICANT_ORG_NUMBER,
        SubmissionValidator.labelOf(ApplicationVariables.APPLICANT_ORG_NUMBER), SUBMITTED_AT_THE_SAME_MOMENT);
  }

  /**
   * Who submits: the logged-in user, if any, and the status link token presented with the
   * submission, if any (never stored, only compared by its hash).
   */
  public record Submitter(String user, String statusToken) {}

  /** A version above 1 replaces the version before it ({@link Supersession}). */
  public record Registration(String caseNumber, int version, Instant receivedAt, ClusterCall call) {}

  /**
   * Submissions of one call register in parallel: they share the call's row (closing the intake
   * waits for them), draw case numbers from a sequence, and meet only when they are for the same
   * organisation. Then the unique key on call and organisation lets one create the case, and the
   * other waits for it and becomes a version of that case, as a later submission would.
   *
   * @param processInstanceId the instance started for the version, or null when its start is
   *     deferred ({@link DeferredStarts})
   */
  public Registration register(Submission submission, String processInstanceId, Submitter submitter) {
    Instant receivedAt = clock.instant();
    ClusterCall call = calls.acceptSubmission(receivedAt);
    Optional<String> existing = applications.findCase(call.id(), submission.applicantOrgNumber());
    if (existing.isEmpty()) {
      String caseNumber = calls.nextCaseNumber(call.year());
      if (insertedCase(caseNumber, call, submission, receivedAt)) {
        applications.insertVersion(caseNumber, 1, receivedAt, processInstanceId, submitter.user(), submission,
            snapshot(submission));
        return new Registration(caseNumber, 1, receivedAt, call);
      }
      existing = applications.findCase(call.id(), submission.applicantOrgNumber());
    }
    String caseNumber = existing.orElseThrow(
        () -> new IllegalStateException("The organisation's case was neither inserted nor found"));
    refuseUnlessOwnedBy(submitter, caseNumber);
    int version = applications.takeNextVersion(caseNumber);
    applications.insertVersion(caseNumber, version, receivedAt, processInstanceId, submitter.user(), submission,
        snapshot(submission));
    return new Registration(caseNumber, version, receivedAt, call);
  }

  /**
   * False when a concurrent submission for the same organisation created the case first. The
   * insert runs in a savepoint, so that losing leaves the rest of the transaction usable.
   */
  private boolean insertedCase(String caseNumber, ClusterCall call, Submission submission, Instant receivedAt) {
    try {
      savepoint.executeWithoutResult(status ->
          applications.insertCase(caseNumber, call.id(), submission.applicantOrgNumber(), receivedAt));
      return true;
    } catch (DuplicateKeyException takenByAnother) {
      return false;
    }
  }

  private void refuseUnlessOwnedBy(Submitter submitter, String caseNumber) {
    boolean byEarlierSubmitter = submitter.user() != null && applications.wasSubmittedBy(caseNumber, submitter.user());
    boolean byStatusLink = statusLinks.caseOf(submitter.statusToken()).filter(caseNumber::equals).isPresent();
    if (!byEarlierSubmitter && !byStatusLink) {
      throw ValidationException.single(SubmissionValidator.REFUSED, ApplicationVariables.APPLICANT_ORG_NUMBER,
          SubmissionValidator.labelOf(ApplicationVariables.APPLICANT_ORG_NUMBER), ALREADY_APPLIED);
    }
  }

  private String snapshot(Submission submission) {
    try {
      return objectMapper.writeValueAsString(submission);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A validated submission could not be written as JSON", e);
    }
  }
}
