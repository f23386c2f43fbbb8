package no.klyngeprogrammet.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import no.klyngeprogrammet.call.CallService;
import no.klyngeprogrammet.call.ClusterCall;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers a validated submission: finds its call, gives it a case number or a new version of
 * its existing case, and keeps a snapshot of what was submitted.
 */
@Service
@Transactional
public class ApplicationIntake {

  private final CallService calls;
  private final ApplicationRepository applications;
  private final ObjectMapper objectMapper;
  private final Clock clock;

  public ApplicationIntake(CallService calls, ApplicationRepository applications, ObjectMapper objectMapper,
      Clock clock) {
    this.calls = calls;
    this.applications = applications;
    this.objectMapper = objectMapper;
    this.clock = clock;
  }

  /**
   * @param previousProcessInstanceId the instance of the version this one replaces, if any
   */
  public record Registration(
      String caseNumber, int version, Instant receivedAt, ClusterCall call, Optional<String> previousProcessInstanceId) {}

  public Registration register(Submission submission, String processInstanceId, String submittedBy) {
    Instant receivedAt = clock.instant();
    ClusterCall call = calls.acceptSubmission(receivedAt);
    Optional<ApplicationRepository.ExistingCase> existing =
        applications.findCase(call.id(), submission.applicantOrgNumber());

    String caseNumber;
    int version;
    if (existing.isPresent()) {
      caseNumber = existing.get().caseNumber();
      version = existing.get().currentVersion() + 1;
      applications.setCurrentVersion(caseNumber, version);
    } else {
      caseNumber = calls.nextCaseNumber(call.year());
      version = 1;
      applications.insertCase(caseNumber, call.id(), submission.applicantOrgNumber(), receivedAt);
    }
    applications.insertVersion(caseNumber, version, receivedAt, processInstanceId, submittedBy, submission,
        snapshot(submission));
    return new Registration(caseNumber, version, receivedAt, call,
        existing.map(ApplicationRepository.ExistingCase::currentProcessInstanceId));
  }

  private String snapshot(Submission submission) {
    try {
      return objectMapper.writeValueAsString(submission);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A validated submission could not be written as JSON", e);
    }
  }
}
