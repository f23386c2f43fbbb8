package no.klyngeprogrammet.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/** Reads back what was submitted, from the snapshot, never from process variables. */
@Component
public class SubmittedApplications {

  private final ApplicationRepository applications;
  private final ObjectMapper objectMapper;

  public SubmittedApplications(ApplicationRepository applications, ObjectMapper objectMapper) {
    this.applications = applications;
    this.objectMapper = objectMapper;
  }

  public ApplicationRepository.StoredVersion version(String caseNumber, int version) {
    return applications.findVersion(caseNumber, version)
        .orElseThrow(() -> new IllegalStateException("No version " + version + " of case " + caseNumber));
  }

  public Submission submission(String caseNumber, int version) {
    return read(version(caseNumber, version).snapshot());
  }

  /** What the case's current version holds. */
  public Submission current(String caseNumber) {
    return read(applications.findCurrentVersion(caseNumber)
        .orElseThrow(() -> new IllegalStateException("No case " + caseNumber)).snapshot());
  }

  public Submission read(String snapshot) {
    try {
      return objectMapper.readValue(snapshot, Submission.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A stored snapshot could not be read", e);
    }
  }
}
