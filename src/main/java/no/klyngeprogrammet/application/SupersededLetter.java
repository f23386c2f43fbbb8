package no.klyngeprogrammet.application;

import java.time.ZoneId;
import java.util.Map;
import no.klyngeprogrammet.config.NorwegianFormat;
import no.klyngeprogrammet.notification.Letter;
import no.klyngeprogrammet.notification.MailTemplates;
import no.klyngeprogrammet.notification.NotificationService;
import org.springframework.stereotype.Component;

/**
 * Tells the contact person of a replaced version that a new version was received and names
 * another contact person. That person gets the new version's receipt; the earlier one would
 * otherwise not learn that the application they answered for was replaced, which is the one sign
 * of a status link in the wrong hands. An unchanged contact person gets the receipt, which names
 * the version, so no second letter.
 */
@Component
public class SupersededLetter {

  public static final String KIND = "SUPERSEDED";

  private final SubmittedApplications applications;
  private final MailTemplates templates;
  private final NotificationService notifications;
  private final ZoneId zone;

  public SupersededLetter(SubmittedApplications applications, MailTemplates templates,
      NotificationService notifications, ZoneId programmeZone) {
    this.applications = applications;
    this.templates = templates;
    this.notifications = notifications;
    this.zone = programmeZone;
  }

  /**
   * @param version the replaced version, whose contact person is told
   * @param newVersion the version that replaced it
   */
  public boolean send(String caseNumber, int version, int newVersion) {
    var stored = applications.version(caseNumber, version);
    Submission replaced = applications.read(stored.snapshot());
    var replacing = applications.version(caseNumber, newVersion);
    var mail = templates.render("superseded", Map.of(
        "caseNumber", caseNumber,
        "contactName", replaced.contactName(),
        "clusterName", replaced.clusterName(),
        "version", version,
        "newVersion", newVersion,
        "receivedAt", NorwegianFormat.dateTime(replacing.receivedAt(), zone)));
    return notifications.send(new Letter(KIND + ":" + caseNumber + ":v" + version, caseNumber, KIND,
        replaced.contactEmail(), mail.subject(), mail.body(), stored.processInstanceId()));
  }
}
