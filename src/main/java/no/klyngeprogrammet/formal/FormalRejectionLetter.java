package no.klyngeprogrammet.formal;

import java.util.Map;
import no.klyngeprogrammet.application.Submission;
import no.klyngeprogrammet.application.SubmittedApplications;
import no.klyngeprogrammet.call.CallService;
import no.klyngeprogrammet.notification.Letter;
import no.klyngeprogrammet.notification.LetterProperties;
import no.klyngeprogrammet.notification.MailTemplates;
import no.klyngeprogrammet.notification.NotificationService;
import org.springframework.stereotype.Component;

/** The decision to reject an application on formal grounds, with the reasons and the right to complain. */
@Component
public class FormalRejectionLetter {

  public static final String KIND = "FORMAL_REJECTION";

  private final SubmittedApplications applications;
  private final FormalCheckRepository checks;
  private final CallService calls;
  private final MailTemplates templates;
  private final NotificationService notifications;
  private final LetterProperties letters;

  public FormalRejectionLetter(SubmittedApplications applications, FormalCheckRepository checks, CallService calls,
      MailTemplates templates, NotificationService notifications, LetterProperties letters) {
    this.applications = applications;
    this.checks = checks;
    this.calls = calls;
    this.templates = templates;
    this.notifications = notifications;
    this.letters = letters;
  }

  public boolean send(String caseNumber, int version) {
    var stored = applications.version(caseNumber, version);
    Submission submission = applications.read(stored.snapshot());
    var mail = templates.render("formal-rejection", Map.of(
        "caseNumber", caseNumber,
        "contactName", submission.contactName(),
        "clusterName", submission.clusterName(),
        "level", submission.level().displayName(),
        "callTitle", calls.get(stored.callId()).title(),
        "deficiencies", checks.deficiencies(caseNumber, version),
        "complaintAddress", letters.complaintAddress()));
    return notifications.send(new Letter(KIND + ":" + caseNumber, caseNumber, KIND, submission.contactEmail(),
        mail.subject(), mail.body(), stored.processInstanceId()));
  }
}
