package no.klyngeprogrammet.application;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
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
  /** No real case has it: a real case number carries its call's year (CallService). */
  public static final String REHEARSAL_CASE = "NIC-0000-0000";

  private final SubmittedApplications applications;
  private final CallService calls;
  private final MailTemplates templates;
  private final NotificationService notifications;
  private final NotificationLog log;
  private final StatusLinks statusLinks;
  private final PublicAddress address;
  private final ZoneId zone;
  private final Clock clock;

  public ReceiptLetter(SubmittedApplications applications, CallService calls, MailTemplates templates,
      NotificationService notifications, NotificationLog log, StatusLinks statusLinks, PublicAddress address,
      ZoneId programmeZone, Clock clock) {
    this.applications = applications;
    this.calls = calls;
    this.templates = templates;
    this.notifications = notifications;
    this.log = log;
    this.statusLinks = statusLinks;
    this.address = address;
    this.zone = programmeZone;
    this.clock = clock;
  }

  public boolean send(String caseNumber, int version) {
    String key = KIND + ":" + caseNumber + ":v" + version;
    // A retried job after a sent receipt issues no second link nobody receives.
    if (log.contains(key)) {
      return false;
    }
    var stored = applications.version(caseNumber, version);
    return notifications.send(letter(key, caseNumber, version, applications.read(stored.snapshot()),
        stored.receivedAt(), calls.get(stored.callId()), statusLinks.issue(caseNumber), stored.processInstanceId()));
  }

  /**
   * The receipt for {@code sample} as the first version of case {@value #REHEARSAL_CASE}, received
   * now in a call that closes now, composed as it would be sent and then thrown away: it reads
   * nothing stored, issues no status link, logs nothing and sends nothing. A node rehearses one
   * before it is ready ({@code web/SubmissionWarmUp}), so that the receipts of its first applicants
   * do not wait while the JVM loads the template engine and the mail classes.
   */
  public MimeMessage rehearse(Submission sample) {
    Instant now = clock.instant();
    ClusterCall call = new ClusterCall(0, 0, "Oppvarming", ClusterCall.Status.OPEN, now, now, Map.of());
    return notifications.rehearse(letter(KIND + ":" + REHEARSAL_CASE, REHEARSAL_CASE, 1, sample, now, call,
        "oppvarming", null));
  }

  private Letter letter(String key, String caseNumber, int version, Submission submission, Instant receivedAt,
      ClusterCall call, String statusToken, String processInstanceId) {
    var mail = templates.render("receipt", Map.ofEntries(
        Map.entry("caseNumber", caseNumber),
        Map.entry("version", version),
        Map.entry("contactName", submission.contactName()),
        Map.entry("clusterName", submission.clusterName()),
        Map.entry("level", submission.level().displayName()),
        Map.entry("applicantName", submission.applicantName()),
        Map.entry("applicantOrgNumber", submission.applicantOrgNumber()),
        Map.entry("receivedAt", NorwegianFormat.dateTime(receivedAt, zone)),
        Map.entry("callTitle", call.title()),
        Map.entry("deadline", NorwegianFormat.dateTime(call.deadline(), zone)),
        Map.entry("announcement", NorwegianFormat.date(call.announcement(), zone)),
        Map.entry("statusUrl", address.link(StatusLinks.path(statusToken)))));
    return new Letter(key, caseNumber, KIND, submission.contactEmail(), mail.subject(), mail.body(), processInstanceId);
  }
}
