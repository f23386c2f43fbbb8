package no.klyngeprogrammet.decision;

import static no.klyngeprogrammet.support.TestApplications.eligibleForm;
import static no.klyngeprogrammet.support.TestApplications.orgNumber;
import static no.klyngeprogrammet.support.TestApplications.validForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.klyngeprogrammet.call.CallVariables;
import no.klyngeprogrammet.formal.FormalCheckVariables;
import no.klyngeprogrammet.review.ReviewVariables;
import no.klyngeprogrammet.scoring.Criterion;
import no.klyngeprogrammet.support.Http;
import no.klyngeprogrammet.support.IntegrationTest;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One whole cycle on the clock: a call opens; six applications across the three levels arrive,
 * one formally deficient and one with a reviewer conflict; the deadline passes; the reviews, one
 * needing consensus; the recommendation and the council's decision with one deviation; the
 * announcement with the right letters to the right people at the right time, and the registry.
 */
class WholeCycleTest extends IntegrationTest {

  @Autowired FormService formService;
  @Autowired TaskService taskService;
  @LocalServerPort int port;

  @BeforeEach
  void people() {
    for (String reviewer : List.of("rev1", "rev2", "rev3", "rev4")) {
      ensureUser(reviewer, "reviewers");
    }
    ensureUser("officer1", "case-officers");
    ensureUser("officer2", "case-officers");
    ensureUser("council1", "programme-council");
  }

  ProcessInstance submit(Map<String, Object> form) {
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("ClusterApplication")
        .latestVersion().singleResult().getId();
    return formService.submitStartForm(definitionId, form);
  }

  Task task(ProcessInstance instance, String key, String assignee) {
    var query = taskService.createTaskQuery().processInstanceBusinessKey(instance.getBusinessKey()).taskDefinitionKey(key);
    return (assignee == null ? query : query.taskAssignee(assignee)).singleResult();
  }

  void asOfficer(ProcessInstance instance, String key, String officer, Map<String, Object> variables) {
    Task task = task(instance, key, null);
    taskService.claim(task.getId(), officer);
    taskService.complete(task.getId(), variables);
  }

  void score(ProcessInstance application, String reviewer, double synergy, double others) {
    taskService.complete(task(application, "Task_DeclareImpartiality", reviewer).getId(),
        Map.of(ReviewVariables.CONFLICT_OF_INTEREST, false));
    Map<String, Object> scores = new HashMap<>();
    for (Criterion criterion : Criterion.values()) {
      scores.put(ReviewVariables.score(criterion), criterion == Criterion.SYNERGY ? synergy : others);
      scores.put(ReviewVariables.justification(criterion), "Begrunnet vurdering av " + criterion.displayName() + ".");
    }
    taskService.complete(task(application, "Task_ReviewApplication", reviewer).getId(), scores);
  }

  void reviewAlike(ProcessInstance application, double score) {
    asOfficer(application, "Task_AssignReviewers", "officer2",
        Map.of(ReviewVariables.SELECTED_REVIEWERS, List.of("rev1", "rev2", "rev3")));
    for (String reviewer : List.of("rev1", "rev2", "rev3")) {
      score(application, reviewer, score, score);
    }
  }

  Map<String, String> lettersByRecipient() {
    return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> subject(m).startsWith("Vedtak"))
        .collect(Collectors.toMap(WholeCycleTest::recipient, WholeCycleTest::subject, (a, b) -> a + " | " + b));
  }

  /** The year of the next yearly opening: the cycle runs in whatever year the timer is due. */
  int year;

  Instant at(String monthDayTime) {
    return oslo(year + "-" + monthDayTime);
  }

  String caseNumber(int sequence) {
    return String.format("NIC-%d-%04d", year, sequence);
  }

  @Test
  void oneCallFromOpeningToTheAnnouncement() {
    var yearlyOpening = managementService.createJobQuery().processDefinitionKey(CallVariables.SCHEDULE_PROCESS_KEY)
        .timers().singleResult();
    year = yearlyOpening.getDuedate().toInstant().atZone(OSLO).getYear();
    setClock(at("06-01T08:00"));
    managementService.executeJob(yearlyOpening.getId());
    ProcessInstance call = runtimeService.createProcessInstanceQuery().processDefinitionKey(CallVariables.PROCESS_KEY)
        .singleResult();
    assertThat(call).isWaitingAt("Event_DeadlineReached");

    setClock(at("09-10T10:00"));
    ProcessInstance arenaHigh = submit(eligibleForm(1, "ARENA"));
    ProcessInstance arenaLow = submit(eligibleForm(2, "ARENA"));
    ProcessInstance proWithConflict = submit(eligibleForm(3, "ARENA_PRO"));
    ProcessInstance proWithDisagreement = submit(eligibleForm(4, "ARENA_PRO"));
    ProcessInstance gceBelowThreshold = submit(eligibleForm(5, "GCE"));
    ProcessInstance deficient = submit(validForm(6));

    setClock(at("09-15T12:00"));
    executeDueJobs();
    asOfficer(deficient, "Task_ReviewFormalRejection", "officer2", Map.of(FormalCheckVariables.OVERRULE, false));
    executeDueJobs();
    assertThat(lettersByRecipient()).containsOnlyKeys("kontakt6@sokerklynge.no");

    setClock(at("09-20T09:00"));
    reviewAlike(arenaHigh, 4.5);
    reviewAlike(arenaLow, 3.5);
    reviewAlike(gceBelowThreshold, 2.5);

    asOfficer(proWithConflict, "Task_AssignReviewers", "officer2",
        Map.of(ReviewVariables.SELECTED_REVIEWERS, List.of("rev1", "rev2", "rev3")));
    taskService.complete(task(proWithConflict, "Task_DeclareImpartiality", "rev1").getId(), Map.of(
        ReviewVariables.CONFLICT_OF_INTEREST, true, ReviewVariables.CONFLICT_ORGANISATIONS, List.of(orgNumber(3)),
        ReviewVariables.CONFLICT_EXPLANATION, "Tidligere ansatt hos søkeren."));
    asOfficer(proWithConflict, "Task_NameReplacement", "officer2", Map.of(ReviewVariables.REPLACEMENT_REVIEWER, "rev4"));
    for (String reviewer : List.of("rev2", "rev3", "rev4")) {
      score(proWithConflict, reviewer, 4, 4);
    }

    asOfficer(proWithDisagreement, "Task_AssignReviewers", "officer2",
        Map.of(ReviewVariables.SELECTED_REVIEWERS, List.of("rev1", "rev2", "rev3")));
    score(proWithDisagreement, "rev1", 1, 4);
    score(proWithDisagreement, "rev2", 4, 4);
    score(proWithDisagreement, "rev3", 4, 4);
    executeDueJobs();
    asOfficer(proWithDisagreement, "Task_Consensus", "officer2", Map.of(ReviewVariables.consensus(Criterion.SYNERGY), 3.5,
        ReviewVariables.CONSENSUS_JUSTIFICATION, "Synergien er godt beskrevet, men lite dokumentert."));
    executeDueJobs();

    assertThat(call).isWaitingAt("Task_Recommend");
    String ranking = ((String) runtimeService.getVariable(call.getId(), DecisionVariables.RECOMMENDATION_TEXT))
        .replace('\u00a0', ' ');
    assertThat(ranking).containsSubsequence(
        "Arena – budsjett kr 15 000 000 per år", "1. " + caseNumber(1) + ": 22.50 poeng", "innstilt",
        "2. " + caseNumber(2) + ": 17.50 poeng", "innstilt",
        "Arena Pro – budsjett kr 24 000 000 per år", "1. " + caseNumber(3) + ": 20.00 poeng", "innstilt",
        "2. " + caseNumber(4) + ": 19.50 poeng", "innstilt",
        "GCE (Global Centres of Expertise) – budsjett kr 40 000 000 per år",
        "1. " + caseNumber(5) + ": 12.50 poeng, under en terskel", "ikke innstilt");
    assertThat(runtimeService.<ObjectValue>getVariableTyped(call.getId(), DecisionVariables.RECOMMENDATION_TEXT, false)
        .getSerializationDataFormat()).as("a ranked list of any length fits").isEqualTo(Variables.SerializationDataFormats.JSON.getName());
    asOfficer(call, "Task_Recommend", "officer1", Map.of());
    asOfficer(call, "Task_Decide", "council1", Map.of(DecisionVariables.REJECT_INSTEAD, List.of(caseNumber(2)),
        DecisionVariables.DEVIATION_JUSTIFICATION, "Klyngen overlapper med en eksisterende klynge i regionen."));

    setClock(at("10-15T11:59"));
    executeDueJobs();
    assertThat(lettersByRecipient()).as("nothing but the formal rejection before the announcement")
        .containsOnlyKeys("kontakt6@sokerklynge.no");

    setClock(at("10-15T12:00"));
    executeDueJobs();
    assertThat(call).isEnded();
    assertThat(lettersByRecipient()).containsOnly(
        Map.entry("kontakt1@sokerklynge.no", "Vedtak: søknaden om klyngestatus " + caseNumber(1) + " er innvilget"),
        Map.entry("kontakt2@sokerklynge.no", "Vedtak: søknaden om klyngestatus " + caseNumber(2) + " er avslått"),
        Map.entry("kontakt3@sokerklynge.no", "Vedtak: søknaden om klyngestatus " + caseNumber(3) + " er innvilget"),
        Map.entry("kontakt4@sokerklynge.no", "Vedtak: søknaden om klyngestatus " + caseNumber(4) + " er innvilget"),
        Map.entry("kontakt5@sokerklynge.no", "Vedtak: søknaden om klyngestatus " + caseNumber(5) + " er avslått"),
        Map.entry("kontakt6@sokerklynge.no", "Vedtak: søknaden om klyngestatus " + caseNumber(6) + " avvises"));
    assertThat(jdbc.sql("select case_number, level, period_start, period_end from cluster_registry order by case_number")
        .query((rs, row) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getObject(3, LocalDate.class) + " "
            + rs.getObject(4, LocalDate.class)).list())
        .containsExactly(caseNumber(1) + " ARENA " + year + "-10-15 " + (year + 3) + "-10-14", caseNumber(3) + " ARENA_PRO " + year + "-10-15 " + (year + 5) + "-10-14",
            caseNumber(4) + " ARENA_PRO " + year + "-10-15 " + (year + 5) + "-10-14");
    assertThat(jdbc.sql("select manager_user_id from cluster_registry order by case_number").query(String.class).list())
        .containsExactly(caseNumber(1).replace("-", "").toLowerCase(), caseNumber(3).replace("-", "").toLowerCase(),
            caseNumber(4).replace("-", "").toLowerCase());
    assertThat(count("select count(*) from notification_log where kind = 'ACCOUNT_LINK' and recipient = 'kontakt1@sokerklynge.no'"))
        .isEqualTo(1);
    var officer1 = identityService.createUserQuery().userId("officer1").singleResult();
    officer1.setPassword("passord-officer1");
    identityService.saveUser(officer1);
    String registryJson = new Http(port).get("/api/registry", "Authorization", Http.basic("officer1", "passord-officer1"))
        .body();
    assertThat(registryJson).contains("\"caseNumber\":\"" + caseNumber(1) + "\"", "\"statusName\":\"Aktiv\"",
        "Tatt opp på nivå Arena Pro for perioden " + year + "-10-15 til " + (year + 5) + "-10-14",
        "\"nextEvaluation\":\"" + (year + 1) + "-01-15\"").doesNotContain(caseNumber(2) + "\"");
    for (ProcessInstance application : List.of(arenaHigh, arenaLow, proWithConflict, proWithDisagreement,
        gceBelowThreshold, deficient)) {
      assertThat(application).isEnded();
    }
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static String recipient(MimeMessage message) {
    try {
      return message.getAllRecipients()[0].toString();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
