package no.klyngeprogrammet.complaint;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import no.klyngeprogrammet.config.NorwegianFormat;
import no.klyngeprogrammet.decision.CouncilDecision;
import no.klyngeprogrammet.decision.DecisionRepository;
import no.klyngeprogrammet.notification.Letter;
import no.klyngeprogrammet.notification.MailTemplates;
import no.klyngeprogrammet.notification.NotificationService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The answer to a complaint: refused as too late, or assessed with the decision upheld or changed. */
@Component
public class ComplaintLetter {

  public static final String KIND = "COMPLAINT_DECISION";

  private final ComplaintRepository complaints;
  private final DecisionRepository decisions;
  private final JdbcClient jdbc;
  private final MailTemplates templates;
  private final NotificationService notifications;
  private final ZoneId zone;

  public ComplaintLetter(ComplaintRepository complaints, DecisionRepository decisions, JdbcClient jdbc,
      MailTemplates templates, NotificationService notifications, ZoneId programmeZone) {
    this.complaints = complaints;
    this.decisions = decisions;
    this.jdbc = jdbc;
    this.templates = templates;
    this.notifications = notifications;
    this.zone = programmeZone;
  }

  public void send(long complaintId, String processInstanceId) {
    var complaint = complaints.get(complaintId);
    String outcome = complaints.outcome(complaintId).orElseThrow();
    var contact = jdbc.sql("""
            select v.contact_name, v.contact_email, v.cluster_name from application_version v
              join application_case c on c.case_number = v.case_number and c.current_version = v.version
             where c.case_number = ?
            """)
        .param(complaint.caseNumber())
        .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).single();
    String justification = jdbc.sql("select justification from complaint where id = ?").param(complaintId)
        .query(String.class).optional().orElse(null);
    Map<String, Object> model = new HashMap<>();
    model.put("caseNumber", complaint.caseNumber());
    model.put("contactName", contact[0]);
    model.put("clusterName", contact[2]);
    model.put("receivedOn", NorwegianFormat.date(complaint.receivedOn().atStartOfDay(zone).toInstant(), zone));
    model.put("windowClosesOn", NorwegianFormat.date(complaint.windowClosesOn().atStartOfDay(zone).toInstant(), zone));
    model.put("outcome", outcome);
    model.put("justification", justification);
    model.put("admitted", decisions.decisionFor(complaint.caseNumber())
        .map(d -> CouncilDecision.ADMITTED.equals(d.outcome())).orElse(false));
    var mail = templates.render("complaint", model);
    notifications.send(new Letter(KIND + ":" + complaintId, complaint.caseNumber(), KIND, contact[1], mail.subject(),
        mail.body(), processInstanceId));
  }
}
