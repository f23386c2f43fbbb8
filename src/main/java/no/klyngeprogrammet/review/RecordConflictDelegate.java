package no.klyngeprogrammet.review;

import static no.klyngeprogrammet.review.ReviewVariables.*;

import java.time.Clock;
import java.util.List;
import no.klyngeprogrammet.application.ApplicationVariables;
import no.klyngeprogrammet.application.SubmittedApplications;
import no.klyngeprogrammet.validation.JsonLists;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Registrer inhabilitet": ends the reviewer's assignment and records the declared ties, so the
 * reviewer is never proposed for an application with those organisations again. Without named
 * organisations the tie is recorded to the applicant organisation.
 */
@Component
class RecordConflictDelegate implements JavaDelegate {

  private final ReviewRepository reviews;
  private final SubmittedApplications applications;
  private final Clock clock;

  public RecordConflictDelegate(ReviewRepository reviews, SubmittedApplications applications, Clock clock) {
    this.reviews = reviews;
    this.applications = applications;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = ApplicationVariables.caseNumber(execution);
    int version = ApplicationVariables.version(execution);
    long assignment = assignmentId(execution);
    List<String> ties = JsonLists.strings(execution.getVariable(CONFLICT_ORGANISATIONS)).orElse(List.of());
    if (ties.isEmpty()) {
      ties = List.of(applications.submission(caseNumber, version).applicantOrgNumber());
    }
    reviews.end(assignment, "CONFLICT", conflictExplanation(execution).strip(), clock.instant());
    reviews.recordTies(reviewer(execution), ties, caseNumber, clock.instant());
  }
}
