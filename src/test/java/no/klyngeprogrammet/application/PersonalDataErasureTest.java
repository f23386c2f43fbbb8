package no.klyngeprogrammet.application;

import static no.klyngeprogrammet.support.TestApplications.eligibleForm;
import static no.klyngeprogrammet.support.TestApplications.validForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.klyngeprogrammet.call.CallVariables;
import no.klyngeprogrammet.complaint.ComplaintVariables;
import no.klyngeprogrammet.identity.ProgrammeGroups;
import no.klyngeprogrammet.formal.FormalCheckVariables;
import no.klyngeprogrammet.review.ReviewVariables;
import no.klyngeprogrammet.scoring.Criterion;
import no.klyngeprogrammet.support.IntegrationTest;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Three years after the announcement the contact persons of applications that were not admitted
 * are erased by the nightly job; the record of each case stays, and admitted clusters keep all.
 */
class PersonalDataErasureTest extends IntegrationTest {

  @Autowired FormService formService;
  @Autowired TaskService taskService;

  @BeforeEach
  void people() {
    ensureUser("rev1", "reviewers");
    ensureUser("rev2", "reviewers");
    ensureUser("rev3", "reviewers");
    ensureUser("officer1", "case-officers");
    ensureUser("officer2", "case-officers");
    ensureUser("council1", "programme-council");
  }

  @Test
  void theNightlyJobErasesTheContactPersonsOfCasesNotAdmittedOnceThePeriodHasPassed() {
    Map<String, ProcessInstance> cases = decidedCall();
    String rejected = "NIC-2027-0003";
    String formallyRejected = "NIC-2027-0004";
    String admitted = "NIC-2027-0001";
    assertThat(count("select count(*) from decision where case_number = ? and outcome = 'REJECTED'", rejected)).isEqualTo(1);
    assertThat(count("select count(*) from formal_check where case_number = ? and not eligible", formallyRejected)).isEqualTo(1);
    assertThat(count("select count(*) from cluster_registry where case_number = ?", admitted)).isEqualTo(1);
    assertThat(historyService.createHistoricDetailQuery().variableUpdates().processInstanceId(cases.get(rejected).getId())
        .list()).as("the start form's values are in the engine's history")
        .anySatisfy(detail -> assertThat(((HistoricVariableUpdate) detail).getValue()).isEqualTo("kontakt3@sokerklynge.no"));
    int lettersBefore = count("select count(*) from notification_log");
    String rejectedScores = scoresOf(rejected);

    runNightlyErasureAt(oslo("2030-10-14T22:00"));
    assertThat(count("select count(*) from application_version where contact_name = ?", PersonalDataErasure.ERASED))
        .as("the night before three years have passed since the announcement, nothing is erased").isZero();
    assertThat(lastErasureCount()).isZero();

    runNightlyErasureAt(oslo("2030-10-15T22:00"));
    assertThat(lastErasureCount()).isEqualTo(2);

    for (String erased : List.of(rejected, formallyRejected)) {
      String snapshot = snapshotOf(erased);
      assertThat(snapshot).doesNotContain("Bjørn Æsøy", "+47 912 34 567", "@sokerklynge.no")
          .contains("\"contactName\":\"[slettet]\"", "\"contactEmail\":\"[slettet]\"", "\"contactPhone\":\"[slettet]\"")
          .contains("Blå Vekst Ærøy", "\"applicantOrgNumber\"", "Ålesund Havbruk AS", "\"amountApplied\":2000000");
      assertThat(jdbc.sql("select contact_name || ' ' || contact_email from application_version where case_number = ?")
          .param(erased).query(String.class).single()).isEqualTo("[slettet] [slettet]");
      assertThat(count("select count(*) from application_case where case_number = ? and personal_data_erased_at is not null",
          erased)).isEqualTo(1);
      assertThat(jdbc.sql("select recipient from notification_log where case_number = ?").param(erased)
          .query(String.class).list()).as("which letters went out is kept, not to whom").isNotEmpty()
          .containsOnly(PersonalDataErasure.ERASED);
      // The application and, for a reviewed case, the review it called: both carry the case number.
      for (var instance : historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(erased).list()) {
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(historyService.createHistoricDetailQuery().processInstanceId(instance.getId()).count()).isZero();
      }
      assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(erased)
          .processInstanceId(cases.get(erased).getId()).count())
          .as("the engine still knows which steps the case went through").isEqualTo(1);
    }
    assertThat(count("select count(*) from notification_log")).isEqualTo(lettersBefore);
    assertThat(jdbc.sql("select kind from notification_log where case_number = ? order by sent_at").param(rejected)
        .query(String.class).list()).containsExactly("RECEIPT", "DECISION");
    assertThat(jdbc.sql("select kind from notification_log where case_number = ? order by sent_at").param(formallyRejected)
        .query(String.class).list()).containsExactly("RECEIPT", "FORMAL_REJECTION");
    assertThat(scoresOf(rejected)).isEqualTo(rejectedScores);
    assertThat(count("select count(*) from decision where case_number = ? and outcome = 'REJECTED'", rejected)).isEqualTo(1);
    assertThat(count("select count(*) from formal_check where case_number = ?", formallyRejected)).isEqualTo(1);
    assertThat(count("select count(*) from review_score s join review_assignment a on a.id = s.assignment_id "
        + "where a.case_number = ?", rejected)).isEqualTo(15);

    for (String kept : List.of("NIC-2027-0001", "NIC-2027-0002")) {
      assertThat(snapshotOf(kept)).contains("Bjørn Æsøy", "+47 912 34 567", "@sokerklynge.no");
      assertThat(jdbc.sql("select recipient from notification_log where case_number = ? and kind = 'DECISION'").param(kept)
          .query(String.class).single()).endsWith("@sokerklynge.no");
      assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(cases.get(kept).getId())
          .variableName(ApplicationVariables.CONTACT_EMAIL).singleResult().getValue()).isNotEqualTo(PersonalDataErasure.ERASED);
    }

    runNightlyErasureAt(oslo("2030-10-16T22:00"));
    assertThat(lastErasureCount()).as("an erased case is not erased again").isZero();
  }

  @Test
  void anAnsweredComplaintRestartsThePeriodAndAnOpenOneHoldsTheErasureBack() {
    decidedCall();
    setClock(oslo("2027-10-16T09:00"));
    ProcessInstance openComplaint = complain("NIC-2027-0004", "2027-10-01");
    setClock(oslo("2027-11-05T15:00"));
    ProcessInstance answered = complain("NIC-2027-0003", "2027-11-05");
    setClock(oslo("2027-11-20T10:00"));
    Task assess = task(answered, "Task_AssessComplaint");
    taskService.claim(assess.getId(), "officer2");
    taskService.complete(assess.getId(), Map.of(ComplaintVariables.JUSTIFICATION, "Budsjettet ble fordelt etter rangeringen."));
    executeDueJobs();
    assertThat(answered).as("upheld, so sent on to the appellate body").isWaitingAt("Task_DecideAppeal");
    setClock(oslo("2027-12-10T10:00"));
    ensureUser("appeal1", ProgrammeGroups.APPEALS_BOARD);
    Task appeal = task(answered, "Task_DecideAppeal");
    taskService.claim(appeal.getId(), "appeal1");
    taskService.complete(appeal.getId(), Map.of(ComplaintVariables.APPEAL_JUSTIFICATION, "Vedtaket er riktig."));
    executeDueJobs();
    assertThat(answered).isEnded();
    assertThat(openComplaint).isWaitingAt("Task_AssessComplaint");

    runNightlyErasureAt(oslo("2030-10-15T22:00"));
    runNightlyErasureAt(oslo("2030-11-20T22:00"));
    runNightlyErasureAt(oslo("2030-12-09T22:00"));
    assertThat(erasedCases()).as("three years after the announcement and after the case officer's answer, but not after "
        + "the appellate body's final one").isEmpty();

    runNightlyErasureAt(oslo("2030-12-10T22:00"));
    assertThat(erasedCases()).as("the open complaint still needs its contact person").containsExactly("NIC-2027-0003");
    assertThat(jdbc.sql("select recipient from notification_log where case_number = 'NIC-2027-0003' and kind = 'COMPLAINT_DECISION'")
        .query(String.class).single()).isEqualTo(PersonalDataErasure.ERASED);
    assertThat(jdbc.sql("select complaint_text from complaint where case_number = 'NIC-2027-0003'").query(String.class)
        .single()).as("the complaint is part of the record").isEqualTo("Vi mener budsjettet ble feil fordelt.");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(answered.getId()).count()).isZero();
    assertThat(snapshotOf("NIC-2027-0004")).contains("kontakt4@sokerklynge.no");
  }

  /** No letter can reach an erased contact person: the refusal is recorded and a case officer answers the complainant. */
  @Test
  void aLateComplaintOnAnErasedCaseIsRefusedAndRecordedWithoutALetterAndNoIncident() {
    decidedCall();
    runNightlyErasureAt(oslo("2030-10-15T22:00"));
    assertThat(erasedCases()).contains("NIC-2027-0003");
    int lettersBefore = count("select count(*) from notification_log where case_number = 'NIC-2027-0003'");

    setClock(oslo("2030-11-01T09:00"));
    ProcessInstance complaint = complain("NIC-2027-0003", "2030-10-30");
    executeDueJobs();
    assertThat(complaint).isWaitingAt("Task_AnswerComplainant");
    assertThat(runtimeService.createIncidentQuery().count()).isZero();
    assertThat(jdbc.sql("select outcome from complaint where case_number = 'NIC-2027-0003'").query(String.class).single())
        .isEqualTo("REFUSED_LATE");

    Task answer = task(complaint, "Task_AnswerComplainant");
    taskService.claim(answer.getId(), "officer2");
    taskService.complete(answer.getId());
    executeDueJobs();
    assertThat(complaint).hasPassed("EndEvent_RefusedWithoutLetter").hasNotPassed("Activity_SendComplaintLetter").isEnded();
    assertThat(count("select count(*) from notification_log where case_number = 'NIC-2027-0003'"))
        .as("no letter to an erased address").isEqualTo(lettersBefore);
    assertThat(java.util.Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
      try {
        return m.getSubject().startsWith("Svar på klage");
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    })).isEmpty();
  }

  private ProcessInstance complain(String caseNumber, String receivedOn) {
    identityService.setAuthentication("officer2", List.of("case-officers"));
    try {
      return runtimeService.startProcessInstanceByKey(ComplaintVariables.PROCESS_KEY, Map.of(
          ComplaintVariables.CASE_NUMBER, caseNumber, ComplaintVariables.RECEIVED_ON, receivedOn,
          ComplaintVariables.COMPLAINT_TEXT, "Vi mener budsjettet ble feil fordelt."));
    } finally {
      identityService.clearAuthentication();
    }
  }

  private List<String> erasedCases() {
    return jdbc.sql("select case_number from application_case where personal_data_erased_at is not null order by case_number")
        .query(String.class).list();
  }

  /** Runs the nightly timer as the job executor would at that instant. */
  private void runNightlyErasureAt(Instant night) {
    setClock(night);
    Job timer = managementService.createJobQuery().processDefinitionKey("PersonalDataErasure").timers()
        .activityId("StartEvent_Nightly").singleResult();
    managementService.executeJob(timer.getId());
  }

  private int lastErasureCount() {
    var last = historyService.createHistoricProcessInstanceQuery().processDefinitionKey("PersonalDataErasure")
        .orderByProcessInstanceStartTime().desc().list().get(0);
    assertThat(last.getState()).isEqualTo("COMPLETED");
    return (Integer) historyService.createHistoricVariableInstanceQuery().processInstanceId(last.getId())
        .variableName(ErasePersonalDataDelegate.ERASED_CASES).singleResult().getValue();
  }

  private String snapshotOf(String caseNumber) {
    return jdbc.sql("select snapshot from application_version where case_number = ?").param(caseNumber)
        .query(String.class).single();
  }

  private String scoresOf(String caseNumber) {
    return String.join(",", jdbc.sql("select criterion || '=' || final_score from application_score where case_number = ? "
        + "order by criterion").param(caseNumber).query(String.class).list());
  }

  /**
   * A call of 2027 announced on 15 October 2027 at 12:00: NIC-2027-0001 and -0002 admitted within
   * the budget, -0003 rejected, -0004 rejected on formal grounds.
   */
  private Map<String, ProcessInstance> decidedCall() {
    setClock(oslo("2027-09-01T10:00"));
    ProcessInstance call = runtimeService.startProcessInstanceByKey(CallVariables.PROCESS_KEY, Map.of(
        CallVariables.CALL_TITLE, "Utlysning 2027", CallVariables.DEADLINE_LOCAL, "2027-09-15T12:00",
        CallVariables.BUDGET_ARENA, 5_000_000));
    Map<String, ProcessInstance> cases = new HashMap<>();
    cases.put("NIC-2027-0001", submit(eligibleForm(1)));
    cases.put("NIC-2027-0002", submit(eligibleForm(2)));
    cases.put("NIC-2027-0003", submit(eligibleForm(3)));
    cases.put("NIC-2027-0004", submit(validForm(4)));
    executeDueJobs();
    setClock(oslo("2027-09-15T12:00"));
    executeDueJobs();

    Task formal = task(cases.get("NIC-2027-0004"), "Task_ReviewFormalRejection");
    taskService.claim(formal.getId(), "officer2");
    taskService.complete(formal.getId(), Map.of(FormalCheckVariables.OVERRULE, false));
    review(cases.get("NIC-2027-0001"), 4.5);
    review(cases.get("NIC-2027-0002"), 4);
    review(cases.get("NIC-2027-0003"), 3.5);
    executeDueJobs();

    Task recommend = task(call, "Task_Recommend");
    taskService.claim(recommend.getId(), "officer1");
    taskService.complete(recommend.getId(), Map.of());
    Task decide = task(call, "Task_Decide");
    taskService.claim(decide.getId(), "council1");
    taskService.complete(decide.getId(), Map.of());
    setClock(oslo("2027-10-15T12:00"));
    executeDueJobs();
    assertThat(call).isEnded();
    cases.values().forEach(instance -> assertThat(instance).isEnded());
    return cases;
  }

  private ProcessInstance submit(Map<String, Object> form) {
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("ClusterApplication")
        .latestVersion().singleResult().getId();
    return formService.submitStartForm(definitionId, form);
  }

  private Task task(ProcessInstance instance, String key) {
    return taskService.createTaskQuery().processInstanceBusinessKey(instance.getBusinessKey()).taskDefinitionKey(key).singleResult();
  }

  private void review(ProcessInstance application, double score) {
    Task assign = task(application, "Task_AssignReviewers");
    taskService.claim(assign.getId(), "officer2");
    taskService.complete(assign.getId(), Map.of(ReviewVariables.SELECTED_REVIEWERS, List.of("rev1", "rev2", "rev3")));
    for (String reviewer : List.of("rev1", "rev2", "rev3")) {
      Task declaration = taskService.createTaskQuery().processInstanceBusinessKey(application.getBusinessKey())
          .taskDefinitionKey("Task_DeclareImpartiality").taskAssignee(reviewer).singleResult();
      taskService.complete(declaration.getId(), Map.of(ReviewVariables.CONFLICT_OF_INTEREST, false));
      Map<String, Object> scores = new HashMap<>();
      for (Criterion criterion : Criterion.values()) {
        scores.put(ReviewVariables.score(criterion), score);
        scores.put(ReviewVariables.justification(criterion), "Vurdering av " + criterion.displayName().toLowerCase() + ".");
      }
      taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(application.getBusinessKey())
          .taskDefinitionKey("Task_ReviewApplication").taskAssignee(reviewer).singleResult().getId(), scores);
    }
    executeDueJobs();
  }
}
