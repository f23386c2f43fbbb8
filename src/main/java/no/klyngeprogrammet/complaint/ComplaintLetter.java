package no.klyngeprogrammet.complaint;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import no.klyngeprogrammet.application.Submission;
import no.klyngeprogrammet.application.SubmittedApplications;
import no.klyngeprogrammet.config.NorwegianFormat;
import no.klyngeprogrammet.decision.DecisionOutcome;
import no.klyngeprogrammet.decision.DecisionRepository;
import no.klyngeprogrammet.notification.Letter;
import no.klyngeprogrammet.notification.MailTemplates;
import no.klyngeprogrammet.notification.NotificationService;
import org.springframework.stereotype.Component;

/** The answer to a complaint: refused as too late, or assessed with the decision upheld or changed. */
@Component
public class ComplaintLetter {

  public static final String KIND = "COMPLAINT_DECISION";

  private final ComplaintRepository complaints;
  private final DecisionRepository decisions;
  private final SubmittedApplications applications;
  private final MailTemplates templates;
  private final NotificationService notifications;
  private final ZoneId zone;

  public ComplaintLetter(ComplaintRepository complaints, DecisionRepository decisions, SubmittedApplications applications,
      MailTemplates templates, NotificationService notifications, ZoneId programmeZone) {
    this.complaints = complaints;
    this.decisions = decisions;
    this.applications = applications;
    this.templates = templates;
    this.notifications = notifications;
    this.zone = programmeZone;
  }

  public void send(long complaintId, String processInstanceId) {
    var complaint = complaints.get(complaintId);
    ComplaintOutcome outcome = complaints.outcome(complaintId).orElseThrow();
    Submission submission = applications.current(complaint.caseNumber());
    String justification = complaints.justification(complaintId).orElse(null);
    Map<String, Object> model = new HashMap<>();
    model.put("caseNumber", complaint.caseNumber());
    model.put("contactName", submission.contactName());
    model.put("clusterName", submission.clusterName());
    model.put("receivedOn", NorwegianFormat.date(complaint.receivedOn().atStartOfDay(zone).toInstant(), zone));
    model.put("windowClosesOn", NorwegianFormat.date(complaint.windowClosesOn().atStartOfDay(zone).toInstant(), zone));
    model.put("outcome", outcome.name());
    model.put("justification", justification);
    model.put("admitted", decisions.decisionFor(complaint.caseNumber())
        .map(d -> d.outcome() == DecisionOutcome.ADMITTED).orElse(false));
    var mail = templates.render("complaint", model);
    notifications.send(new Letter(KIND + ":" + complaintId, complaint.caseNumber(), KIND, submission.contactEmail(), mail.subject(),
        mail.body(), processInstanceId));
  }
}
