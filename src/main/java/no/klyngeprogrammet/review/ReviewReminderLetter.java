package no.klyngeprogrammet.review;

import java.time.ZoneId;
import java.util.Map;
import no.klyngeprogrammet.application.Submission;
import no.klyngeprogrammet.application.SubmittedApplications;
import no.klyngeprogrammet.config.NorwegianFormat;
import no.klyngeprogrammet.notification.Letter;
import no.klyngeprogrammet.notification.MailTemplates;
import no.klyngeprogrammet.notification.NotificationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Reminders to a reviewer: before the review's due date, and when it has passed. */
@Component
public class ReviewReminderLetter {

  public static final String REMINDER = "REVIEW_REMINDER";
  public static final String OVERDUE = "REVIEW_OVERDUE";

  private final ReviewRepository reviews;
  private final SubmittedApplications applications;
  private final IdentityService identityService;
  private final MailTemplates templates;
  private final NotificationService notifications;
  private final ZoneId zone;

  public ReviewReminderLetter(ReviewRepository reviews, SubmittedApplications applications,
      IdentityService identityService, MailTemplates templates, NotificationService notifications,
      ZoneId programmeZone) {
    this.reviews = reviews;
    this.applications = applications;
    this.identityService = identityService;
    this.templates = templates;
    this.notifications = notifications;
    this.zone = programmeZone;
  }

  /** @return false when nothing was sent: the letter went out before, or the review is no longer open */
  public boolean send(long assignmentId, String kind, String processInstanceId) {
    var assignment = reviews.get(assignmentId);
    if (!"ASSIGNED".equals(assignment.status())) {
      // Delivered, or the reviewer replaced, since the letter fell due.
      return false;
    }
    User reviewer = identityService.createUserQuery().userId(assignment.reviewerId()).singleResult();
    if (reviewer == null || reviewer.getEmail() == null || reviewer.getEmail().isBlank()) {
      throw new IllegalStateException("Reviewer " + assignment.reviewerId() + " has no e-mail address");
    }
    Submission submission = applications.submission(assignment.caseNumber(), assignment.version());
    var mail = templates.render(REMINDER.equals(kind) ? "review-reminder" : "review-overdue", Map.of(
        "reviewerName", (reviewer.getFirstName() + " " + reviewer.getLastName()).strip(),
        "caseNumber", assignment.caseNumber(),
        "clusterName", submission.clusterName(),
        "dueAt", NorwegianFormat.dateTime(assignment.dueAt(), zone)));
    return notifications.send(new Letter(kind + ":" + assignmentId, assignment.caseNumber(), kind, reviewer.getEmail(),
        mail.subject(), mail.body(), processInstanceId));
  }
}
