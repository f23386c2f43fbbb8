package no.klyngeprogrammet.review;

import static no.klyngeprogrammet.review.ReviewVariables.*;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import no.klyngeprogrammet.application.ApplicationVariables;
import no.klyngeprogrammet.application.SubmittedApplications;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.springframework.stereotype.Component;

/**
 * The reminder before a review's due date and the notice after it, for the reviews that need
 * them. A review delivered in good time costs its slot no timer: the daily schedule starts a
 * {@code ReviewFollowUp} only for a review task still open when its reminder comes near, and the
 * follow-up waits for the exact reminder and due date itself. The follow-up never touches the
 * reviewer's task until a case officer replaces the reviewer, so a reviewer submitting as a
 * reminder or the due date falls due meets nothing of it.
 */
@Component
public class ReviewFollowUps {

  public static final String PROCESS_KEY = "ReviewFollowUp";
  static final String DELIVERED = "ReviewDelivered";

  /** The schedule runs once a day; looking two days ahead also covers a run that came late. */
  static final Duration LOOK_AHEAD = Duration.ofDays(2);

  private final ReviewRepository reviews;
  private final SubmittedApplications applications;
  private final RuntimeService runtime;
  private final ReviewProperties properties;
  private final Clock clock;
  private final ZoneId zone;

  public ReviewFollowUps(ReviewRepository reviews, SubmittedApplications applications, RuntimeService runtime,
      ReviewProperties properties, Clock clock, ZoneId programmeZone) {
    this.reviews = reviews;
    this.applications = applications;
    this.runtime = runtime;
    this.properties = properties;
    this.clock = clock;
    this.zone = programmeZone;
  }

  /** When the reviewer is reminded of a review due at the given time. */
  Instant reminderDate(Instant dueAt) {
    return dueAt.atZone(zone).minus(properties.reminderBefore()).toInstant();
  }

  /**
   * Starts the follow-up of every open review task whose reminder falls due within the look-ahead.
   * A reviewer who has not yet declared impartiality has no review task and no due date to be
   * reminded of; the next run looks again.
   *
   * @return how many follow-ups were started
   */
  public int startDue() {
    Instant now = clock.instant();
    Instant dueBy = now.plus(LOOK_AHEAD).atZone(zone).plus(properties.reminderBefore()).toInstant();
    int started = 0;
    for (ReviewRepository.Assignment assignment : reviews.withoutFollowUpDueBy(dueBy)) {
      if (reviewTask(assignment.id()) == null || !reviews.startFollowUp(assignment.id(), now)) {
        continue;
      }
      Map<String, Object> variables = new HashMap<>();
      variables.put(ASSIGNMENT_ID, assignment.id());
      variables.put(ApplicationVariables.CASE_NUMBER, assignment.caseNumber());
      variables.put(ApplicationVariables.VERSION, assignment.version());
      variables.put(ApplicationVariables.CLUSTER_NAME,
          applications.submission(assignment.caseNumber(), assignment.version()).clusterName());
      variables.put(REVIEWER, assignment.reviewerId());
      variables.put(REVIEW_DUE_DATE, Date.from(assignment.dueAt()));
      variables.put(REVIEW_REMINDER_DATE, Date.from(reminderDate(assignment.dueAt())));
      // Declared with their values, as the slot does: Tasklist sends a field in the type it finds.
      variables.put(KEEP_REVIEWER, false);
      variables.put(REPLACEMENT_REVIEWER, "");
      runtime.startProcessInstanceByKey(PROCESS_KEY, assignment.caseNumber(), variables);
      started++;
    }
    return started;
  }

  /**
   * Withdraws a late reviewer's open review task and lets the slot assign the replacement.
   *
   * @return false when the review task is no longer open (the review was delivered meanwhile)
   */
  public boolean replace(long assignmentId, String replacement) {
    Execution task = reviewTask(assignmentId);
    if (task == null) {
      return false;
    }
    // The review task's own scope holds no such variable, so the value goes to the slot's.
    runtime.setVariable(task.getId(), REPLACEMENT_REVIEWER, replacement);
    runtime.messageEventReceived(replacementMessage(assignmentId), task.getId());
    return true;
  }

  /** Ends the follow-up of a review that has been delivered, if it had one. */
  public void delivered(long assignmentId, String caseNumber) {
    if (reviews.followedUp(assignmentId)) {
      runtime.createMessageCorrelation(DELIVERED).processInstanceBusinessKey(caseNumber)
          .processInstanceVariableEquals(ASSIGNMENT_ID, assignmentId).correlateAllWithResult();
    }
  }

  /** The message the slot's open review task waits on to be withdrawn: one per assignment. */
  static String replacementMessage(long assignmentId) {
    return "ReviewerReplaced-" + assignmentId;
  }

  private Execution reviewTask(long assignmentId) {
    return runtime.createExecutionQuery().messageEventSubscriptionName(replacementMessage(assignmentId))
        .singleResult();
  }
}
