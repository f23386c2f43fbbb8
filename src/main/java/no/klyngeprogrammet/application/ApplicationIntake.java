package no.klyngeprogrammet.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import no.klyngeprogrammet.call.CallService;
import no.klyngeprogrammet.call.ClusterCall;
import no.klyngeprogrammet.validation.ValidationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

  public ApplicationIntake(CallService calls, ApplicationRepository applications, StatusLinks statusLinks,
      ObjectMapper objectMapper, Clock clock) {
    this.calls = calls;
    this.applications = applications;
    this.statusLinks = statusLinks;
    this.objectMapper = objectMapper;
    this.clock = clock;
  }

  public static final String ALREADY_APPLIED = "Organisasjonen har allerede en søknad i denne utlysningen. "
      + "En ny versjon sendes fra lenken i kvitteringen (Send inn en ny versjon), eller av brukeren som sendte inn "
      + "søknaden";

  /**
   * Who submits: the logged-in user, if any, and the status link token presented with the
   * submission, if any (never stored, only compared by its hash).
   */
  public record Submitter(String user, String statusToken) {}

  /**
   * @param previousProcessInstanceId the instance of the version this one replaces, if any
   */
  public record Registration(
      String caseNumber, int version, Instant receivedAt, ClusterCall call, Optional<String> previousProcessInstanceId) {}

  public Registration register(Submission submission, String processInstanceId, Submitter submitter) {
    Instant receivedAt = clock.instant();
    ClusterCall call = calls.acceptSubmission(receivedAt);
    Optional<ApplicationRepository.ExistingCase> existing =
        applications.findCase(call.id(), submission.applicantOrgNumber());

    String caseNumber;
    int version;
    if (existing.isPresent()) {
      refuseUnlessOwnedBy(submitter, existing.get().caseNumber());
      caseNumber = existing.get().caseNumber();
      version = existing.get().currentVersion() + 1;
      applications.setCurrentVersion(caseNumber, version);
    } else {
      caseNumber = calls.nextCaseNumber(call.year());
      version = 1;
      applications.insertCase(caseNumber, call.id(), submission.applicantOrgNumber(), receivedAt);
    }
    applications.insertVersion(caseNumber, version, receivedAt, processInstanceId, submitter.user(), submission,
        snapshot(submission));
    return new Registration(caseNumber, version, receivedAt, call,
        existing.map(ApplicationRepository.ExistingCase::currentProcessInstanceId));
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
