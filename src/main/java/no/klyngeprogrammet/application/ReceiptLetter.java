package no.klyngeprogrammet.application;

import java.time.ZoneId;
import java.util.Map;
import no.klyngeprogrammet.call.CallService;
import no.klyngeprogrammet.call.ClusterCall;
import no.klyngeprogrammet.config.NorwegianFormat;
import no.klyngeprogrammet.config.PublicAddress;
import no.klyngeprogrammet.notification.Letter;
import no.klyngeprogrammet.notification.MailTemplates;
import no.klyngeprogrammet.notification.NotificationLog;
import no.klyngeprogrammet.notification.NotificationService;
import org.springframework.stereotype.Component;

/**
 * The receipt for one submitted version, written from what was stored, not from the form. It
 * carries a new personal link to the case's status page.
 */
@Component
public class ReceiptLetter {

  public static final String KIND = "RECEIPT";

  private final SubmittedApplications applications;
  private final CallService calls;
  private final MailTemplates templates;
  private final NotificationService notifications;
  private final NotificationLog log;
  private final StatusLinks statusLinks;
  private final PublicAddress address;
  private final ZoneId zone;

  public ReceiptLetter(SubmittedApplications applications, CallService calls, MailTemplates templates,
      NotificationService notifications, NotificationLog log, StatusLinks statusLinks, PublicAddress address,
      ZoneId programmeZone) {
    this.applications = applications;
    this.calls = calls;
    this.templates = templates;
    this.notifications = notifications;
    this.log = log;
    this.statusLinks = statusLinks;
    this.address = address;
    this.zone = programmeZone;
  }

  public boolean send(String caseNumber, int version) {
    String key = KIND + ":" + caseNumber + ":v" + version;
    // A retried job after a sent receipt issues no second link nobody receives.
    if (log.contains(key)) {
      return false;
    }
    var stored = applications.version(caseNumber, version);
    Submission submission = applications.read(stored.snapshot());
    ClusterCall call = calls.get(stored.callId());
    var mail = templates.render("receipt", Map.ofEntries(
        Map.entry("caseNumber", caseNumber),
        Map.entry("version", version),
        Map.entry("contactName", submission.contactName()),
        Map.entry("clusterName", submission.clusterName()),
        Map.entry("level", submission.level().displayName()),
        Map.entry("applicantName", submission.applicantName()),
        Map.entry("applicantOrgNumber", submission.applicantOrgNumber()),
        Map.entry("receivedAt", NorwegianFormat.dateTime(stored.receivedAt(), zone)),
        Map.entry("callTitle", call.title()),
        Map.entry("deadline", NorwegianFormat.dateTime(call.deadline(), zone)),
        Map.entry("announcement", NorwegianFormat.date(call.announcement(), zone)),
        Map.entry("statusUrl", address.link(StatusLinks.path(statusLinks.issue(caseNumber))))));
    return notifications.send(new Letter(key, caseNumber, KIND,
        submission.contactEmail(), mail.subject(), mail.body(), stored.processInstanceId()));
  }
}
