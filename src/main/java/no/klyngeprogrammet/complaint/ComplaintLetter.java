package no.klyngeprogrammet.complaint;

import java.time.LocalDate;
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

/**
 * The letters of a complaint. The first answer: refused as too late, changed, or upheld and sent on
 * to the appellate body with the date to expect its answer. Then the appellate body's final decision.
 */
@Component
public class ComplaintLetter {

  public static final String KIND = "COMPLAINT_DECISION";
  public static final String APPEAL_DECISION_KIND = "APPEAL_DECISION";

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
    Map<String, Object> model = model(complaintId);
    model.put("outcome", complaints.outcome(complaintId).orElseThrow().name());
    model.put("justification", complaints.justification(complaintId).orElse(null));
    model.put("answerExpectedOn", complaints.answerExpectedOn(complaintId).map(this::date).orElse(null));
    send(KIND, complaintId, "complaint", model, processInstanceId);
  }

  public void sendAppealDecision(long complaintId, String processInstanceId) {
    var decision = complaints.appealDecision(complaintId).orElseThrow();
    Map<String, Object> model = model(complaintId);
    model.put("outcome", decision.outcome().name());
    model.put("justification", decision.justification());
    send(APPEAL_DECISION_KIND, complaintId, "appeal-decision", model, processInstanceId);
  }

  private Map<String, Object> model(long complaintId) {
    var complaint = complaints.get(complaintId);
    Submission submission = applications.current(complaint.caseNumber());
    Map<String, Object> model = new HashMap<>();
    model.put("caseNumber", complaint.caseNumber());
    model.put("contactName", submission.contactName());
    model.put("clusterName", submission.clusterName());
    model.put("contactEmail", submission.contactEmail());
    model.put("receivedOn", date(complaint.receivedOn()));
    model.put("windowClosesOn", date(complaint.windowClosesOn()));
    model.put("admitted", decisions.decisionFor(complaint.caseNumber())
        .map(d -> d.outcome() == DecisionOutcome.ADMITTED).orElse(false));
    return model;
  }

  private void send(String kind, long complaintId, String template, Map<String, Object> model, String processInstanceId) {
    var mail = templates.render(template, model);
    notifications.send(new Letter(kind + ":" + complaintId, (String) model.get("caseNumber"), kind,
        (String) model.get("contactEmail"), mail.subject(), mail.body(), processInstanceId));
  }

  private String date(LocalDate date) {
    return NorwegianFormat.date(date.atStartOfDay(zone).toInstant(), zone);
  }
}
