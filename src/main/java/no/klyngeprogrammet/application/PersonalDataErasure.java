package no.klyngeprogrammet.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.klyngeprogrammet.call.CallService;
import no.klyngeprogrammet.config.RetentionProperties;
import no.klyngeprogrammet.notification.NotificationLog;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases the contact person (name, e-mail, phone) of applications that were not admitted, once
 * {@code klynge.retention.personal-data-after} has passed since the call's announcement, or since
 * the answer to the case's last complaint if that came later. The case number, the organisations,
 * the scores, the decision and the record of which letters went out when are kept.
 */
@Service
public class PersonalDataErasure {

  /** What stands in place of an erased value, where a column or a letter needs a value. */
  public static final String ERASED = "[slettet]";

  static final List<String> PERSONAL_FIELDS =
      List.of(ApplicationVariables.CONTACT_NAME, ApplicationVariables.CONTACT_EMAIL, ApplicationVariables.CONTACT_PHONE);

  private static final Logger log = LoggerFactory.getLogger(PersonalDataErasure.class);

  private final ApplicationRepository applications;
  private final CallService calls;
  private final List<PersonalDataHold> holds;
  private final NotificationLog letters;
  private final ObjectMapper objectMapper;
  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final Clock clock;
  private final ZoneId zone;
  private final Period retention;

  public PersonalDataErasure(ApplicationRepository applications, CallService calls, List<PersonalDataHold> holds,
      NotificationLog letters, ObjectMapper objectMapper, RuntimeService runtimeService,
      HistoryService historyService, Clock clock, ZoneId programmeZone,
      RetentionProperties retention) {
    this.applications = applications;
    this.calls = calls;
    this.holds = holds;
    this.letters = letters;
    this.objectMapper = objectMapper;
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.clock = clock;
    this.zone = programmeZone;
    this.retention = retention.personalDataAfter();
  }

  /** @return the case numbers whose personal data was erased now */
  @Transactional
  public List<String> eraseDue() {
    Instant now = clock.instant();
    Instant cutoff = now.atZone(zone).minus(retention).toInstant();
    List<String> erased = new ArrayList<>();
    for (String caseNumber : dueCases(cutoff)) {
      // A case with a running process (an application or a complaint) may still need its contact person
      if (runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count() == 0) {
        erase(caseNumber, now);
        erased.add(caseNumber);
      }
    }
    return erased;
  }

  private List<String> dueCases(Instant cutoff) {
    List<String> cases = applications.unerasedCasesOf(calls.announcedBy(cutoff));
    Set<String> kept = new HashSet<>();
    holds.forEach(hold -> kept.addAll(hold.keep(cases, cutoff)));
    return cases.stream().filter(caseNumber -> !kept.contains(caseNumber)).toList();
  }

  private void erase(String caseNumber, Instant now) {
    letters.replaceRecipients(caseNumber, applications.contactEmails(caseNumber), ERASED);
    applications.snapshots(caseNumber).forEach((version, snapshot) ->
        applications.eraseContact(caseNumber, version, ERASED, withoutPersonalData(snapshot)));
    applications.markErased(caseNumber, now);
    // The engine's public API cannot rewrite a historic variable, and the start form's submitted
    // values are kept as form-field details that only go together with all variables of the
    // instance. Their record lives in the project's tables; the engine keeps which steps ran when.
    for (HistoricProcessInstance instance : historyService.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber).list()) {
      historyService.deleteHistoricVariableInstancesByProcessInstanceId(instance.getId());
    }
    log.info("Erased the personal data of case {}", caseNumber);
  }

  private String withoutPersonalData(String snapshot) {
    try {
      ObjectNode node = (ObjectNode) objectMapper.readTree(snapshot);
      PERSONAL_FIELDS.forEach(field -> node.put(field, ERASED));
      return objectMapper.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A stored snapshot could not be read", e);
    }
  }
}
