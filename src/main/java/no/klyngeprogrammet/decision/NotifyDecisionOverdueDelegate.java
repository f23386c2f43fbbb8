package no.klyngeprogrammet.decision;

import java.time.ZoneId;
import java.util.Map;
import no.klyngeprogrammet.call.CallService;
import no.klyngeprogrammet.call.CallVariables;
import no.klyngeprogrammet.config.NorwegianFormat;
import no.klyngeprogrammet.identity.ProgrammeGroups;
import no.klyngeprogrammet.notification.Letter;
import no.klyngeprogrammet.notification.MailTemplates;
import no.klyngeprogrammet.notification.NotificationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Varsle om forsinket vedtak": every case officer hears that the announcement waits for the decision. */
@Component
class NotifyDecisionOverdueDelegate implements JavaDelegate {

  public static final String KIND = "DECISION_OVERDUE";

  private final CallService calls;
  private final IdentityService identityService;
  private final MailTemplates templates;
  private final NotificationService notifications;
  private final ZoneId zone;

  public NotifyDecisionOverdueDelegate(CallService calls, IdentityService identityService, MailTemplates templates,
      NotificationService notifications, ZoneId programmeZone) {
    this.calls = calls;
    this.identityService = identityService;
    this.templates = templates;
    this.notifications = notifications;
    this.zone = programmeZone;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var call = calls.get(CallVariables.callId(execution));
    var mail = templates.render("decision-overdue", Map.of("callTitle", call.title(),
        "announcement", NorwegianFormat.dateTime(call.announcement(), zone)));
    for (var officer : identityService.createUserQuery().memberOfGroup(ProgrammeGroups.CASE_OFFICERS).list()) {
      if (officer.getEmail() != null && !officer.getEmail().isBlank()) {
        notifications.send(new Letter(KIND + ":" + call.id() + ":" + officer.getId(), null, KIND, officer.getEmail(),
            mail.subject(), mail.body(), execution.getProcessInstanceId()));
      }
    }
  }
}
