package no.klyngeprogrammet.application;

import java.util.Map;
import java.util.Optional;
import no.klyngeprogrammet.config.PublicAddress;
import no.klyngeprogrammet.notification.Letter;
import no.klyngeprogrammet.notification.MailTemplates;
import no.klyngeprogrammet.notification.NotificationService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new status link, sent to the contact person of the case's current version: after a case officer
 * revoked the old ones, or when the receipt was lost.
 */
@Component
public class StatusLinkLetter {

  public static final String KIND = "STATUS_LINK";

  private final ApplicationRepository applications;
  private final SubmittedApplications submitted;
  private final StatusLinks links;
  private final MailTemplates templates;
  private final NotificationService notifications;
  private final PublicAddress address;

  public StatusLinkLetter(ApplicationRepository applications, SubmittedApplications submitted, StatusLinks links,
      MailTemplates templates, NotificationService notifications, PublicAddress address) {
    this.applications = applications;
    this.submitted = submitted;
    this.links = links;
    this.templates = templates;
    this.notifications = notifications;
    this.address = address;
  }

  /** @return the address the link went to; empty when there is no such case */
  @Transactional
  public Optional<String> send(String caseNumber) {
    var current = applications.findCurrentVersion(caseNumber);
    if (current.isEmpty()) {
      return Optional.empty();
    }
    var submission = submitted.read(current.get().snapshot());
    String token = links.issue(caseNumber);
    var mail = templates.render("status-link", Map.of(
        "caseNumber", caseNumber,
        "contactName", submission.contactName(),
        "clusterName", submission.clusterName(),
        "statusUrl", address.link(StatusLinks.path(token))));
    notifications.send(new Letter(KIND + ":" + caseNumber + ":" + StatusLinks.hash(token).substring(0, 16), caseNumber,
        KIND, submission.contactEmail(), mail.subject(), mail.body(), current.get().processInstanceId()));
    return Optional.of(submission.contactEmail());
  }
}
