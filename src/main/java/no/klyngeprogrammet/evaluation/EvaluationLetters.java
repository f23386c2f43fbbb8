package no.klyngeprogrammet.evaluation;

import static no.klyngeprogrammet.evaluation.EvaluationVariables.*;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import no.klyngeprogrammet.config.NorwegianFormat;
import no.klyngeprogrammet.config.PublicAddress;
import no.klyngeprogrammet.notification.Letter;
import no.klyngeprogrammet.notification.LetterProperties;
import no.klyngeprogrammet.notification.MailTemplates;
import no.klyngeprogrammet.notification.NotificationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The letters of the evaluation: reminders about the annual report with where to submit it, its
 * receipt, and the outcome with its reasons.
 */
@Component
public class EvaluationLetters {

  public static final String REPORT_REMINDER = "REPORT_REMINDER";
  public static final String REPORT_DUE = "REPORT_DUE";
  public static final String REPORT_RECEIPT = "ANNUAL_REPORT_RECEIPT";
  public static final String OUTCOME = "EVALUATION_OUTCOME";

  /** Where a cluster manager finds "Lever årsrapport". */
  static final String TASKLIST = "/camunda/app/tasklist/";

  private final IdentityService identityService;
  private final EvaluationRepository evaluations;
  private final MailTemplates templates;
  private final NotificationService notifications;
  private final LetterProperties letters;
  private final PublicAddress address;
  private final ZoneId zone;

  public EvaluationLetters(IdentityService identityService, EvaluationRepository evaluations, MailTemplates templates,
      NotificationService notifications, LetterProperties letters, PublicAddress address, ZoneId programmeZone) {
    this.identityService = identityService;
    this.evaluations = evaluations;
    this.templates = templates;
    this.notifications = notifications;
    this.letters = letters;
    this.address = address;
    this.zone = programmeZone;
  }

  public void send(DelegateExecution execution, String kind) {
    String caseNumber = caseNumber(execution);
    int year = roundYear(execution);
    var manager = identityService.createUserQuery().userId(clusterManager(execution)).singleResult();
    Map<String, Object> model = new HashMap<>();
    model.put("kind", kind);
    model.put("name", (manager.getFirstName() + " " + manager.getLastName()).strip());
    model.put("clusterName", execution.getVariable(CLUSTER_NAME));
    model.put("caseNumber", caseNumber);
    model.put("year", year);
    model.put("dueAt", execution.getVariable(REPORT_DUE_DATE_TEXT));
    model.put("complaintAddress", letters.complaintAddress());
    model.put("userId", manager.getId());
    model.put("tasklistUrl", address.link(TASKLIST));
    if (REPORT_RECEIPT.equals(kind)) {
      model.put("receivedAt", NorwegianFormat.dateTime(evaluations.reportSubmittedAt(caseNumber, year), zone));
      model.put("summary", execution.getVariable(REPORT_SUMMARY_TEXT));
    }
    if (OUTCOME.equals(kind)) {
      var evaluation = evaluations.outcomeOf(caseNumber, year);
      model.put("outcome", evaluation.outcome().displayName());
      model.put("assessment", evaluation.assessment());
      model.put("overrideJustification", evaluation.overrideJustification());
      model.put("followUpPlan", evaluation.followUpPlan());
      model.put("followUpDeadline",
          evaluation.followUpDeadline() == null ? null : NorwegianFormat.date(evaluation.followUpDeadline()));
      model.put("nce", evaluation.nceGranted());
    }
    var mail = templates.render("evaluation", model);
    notifications.send(new Letter(kind + ":" + caseNumber + ":" + year, caseNumber, kind, manager.getEmail(),
        mail.subject(), mail.body(), execution.getProcessInstanceId()));
  }
}
