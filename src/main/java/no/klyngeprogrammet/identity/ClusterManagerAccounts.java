package no.klyngeprogrammet.identity;

import java.time.ZoneId;
import java.util.Map;
import no.klyngeprogrammet.config.NorwegianFormat;
import no.klyngeprogrammet.config.PublicAddress;
import no.klyngeprogrammet.notification.Letter;
import no.klyngeprogrammet.notification.MailTemplates;
import no.klyngeprogrammet.notification.NotificationLog;
import no.klyngeprogrammet.notification.NotificationService;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;

/**
 * The contact person of an admitted cluster becomes its cluster manager: a Camunda user in
 * {@code cluster-managers} whose password nobody knows, and a mail with a one-time link to set one.
 */
@Service
public class ClusterManagerAccounts {

  public static final String KIND = "ACCOUNT_LINK";

  private final IdentityService identityService;
  private final PasswordLinks links;
  private final MailTemplates templates;
  private final NotificationService notifications;
  private final NotificationLog log;
  private final PublicAddress address;
  private final ZoneId zone;

  public ClusterManagerAccounts(IdentityService identityService, PasswordLinks links, MailTemplates templates,
      NotificationService notifications, NotificationLog log, PublicAddress address, ZoneId programmeZone) {
    this.identityService = identityService;
    this.links = links;
    this.templates = templates;
    this.notifications = notifications;
    this.log = log;
    this.address = address;
    this.zone = programmeZone;
  }

  /** The user id of a cluster's manager: the case number without its dashes, e.g. nic20270001. */
  public static String userIdFor(String caseNumber) {
    return caseNumber.replace("-", "").toLowerCase();
  }

  /** Creates the account and sends the link once; a second call finds the link sent and does nothing. */
  public String create(String caseNumber, String clusterName, String contactName, String email) {
    String userId = userIdFor(caseNumber);
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      var user = identityService.newUser(userId);
      int space = contactName.lastIndexOf(' ');
      user.setFirstName(space > 0 ? contactName.substring(0, space) : contactName);
      user.setLastName(space > 0 ? contactName.substring(space + 1) : "");
      user.setEmail(email);
      // Camunda cannot check a login against a user without a password; a random one nobody
      // knows keeps every login refused until the manager sets their own through the link.
      user.setPassword(PasswordLinks.unguessable());
      identityService.saveUser(user);
      identityService.createMembership(userId, ProgrammeGroups.CLUSTER_MANAGERS);
    }
    String key = KIND + ":" + userId;
    if (log.contains(key)) {
      return userId;
    }
    var link = links.issue(userId);
    var mail = templates.render("account-link", Map.of(
        "contactName", contactName,
        "clusterName", clusterName,
        "userId", userId,
        "link", address.link("/passord/" + link.token()),
        "expiresAt", NorwegianFormat.dateTime(link.expiresAt(), zone)));
    notifications.send(new Letter(key, caseNumber, KIND, email, mail.subject(), mail.body(), null));
    return userId;
  }
}
