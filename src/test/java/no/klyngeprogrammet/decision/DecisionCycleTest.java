package no.klyngeprogrammet.decision;

import static no.klyngeprogrammet.support.TestApplications.eligibleForm;
import static no.klyngeprogrammet.support.TestApplications.validForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.klyngeprogrammet.call.CallVariables;
import no.klyngeprogrammet.complaint.ComplaintVariables;
import no.klyngeprogrammet.formal.FormalCheckVariables;
import no.klyngeprogrammet.identity.ProgrammeGroups;
import no.klyngeprogrammet.review.ReviewVariables;
import no.klyngeprogrammet.scoring.Criterion;
import no.klyngeprogrammet.support.FakeRegister;
import no.klyngeprogrammet.support.IntegrationTest;
import no.klyngeprogrammet.support.TestApplications;
import no.klyngeprogrammet.validation.ValidationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * From the deadline to the announcement: every application assessed, the ranked recommendation
 * within the budget, the council's decision with four eyes, and every letter at the announcement.
 */
class DecisionCycleTest extends IntegrationTest {

  @Autowired FormService formService;
  @Autowired TaskService taskService;

  ProcessInstance call;

  @BeforeEach
  void people() {
    ensureUser("rev1", "reviewers");
    ensureUser("rev2", "reviewers");
    ensureUser("rev3", "reviewers");
    ensureUser("officer1", "case-officers");
    ensureUser("officer2", "case-officers");
    ensureUser("council1", "programme-council");
    ensureUser("appeal1", ProgrammeGroups.APPEALS_BOARD);
  }

  /** Three Arena applications scored 22.5, 20 and 17.5, and one rejected on formal grounds. */
  Map<String, ProcessInstance> threeScoredAndOneRejected() {
    return threeScoredAndOneRejected(() -> { });
  }

  Map<String, ProcessInstance> threeScoredAndOneRejected(Runnable beforeTheLastReview) {
    setClock(oslo("2027-09-01T10:00"));
    call = runtimeService.startProcessInstanceByKey(CallVariables.PROCESS_KEY, Map.of(
        CallVariables.CALL_TITLE, "Utlysning 2027", CallVariables.DEADLINE_LOCAL, "2027-09-15T12:00",
        CallVariables.BUDGET_ARENA, 5_000_000));
    Map<String, ProcessInstance> applications = new HashMap<>();
    applications.put("best", submit(eligibleForm(1)));
    applications.put("second", submit(eligibleForm(2)));
    applications.put("third", submit(eligibleForm(3)));
    applications.put("deficient", submit(validForm(4)));
    setClock(oslo("2027-09-15T12:00"));
    executeDueJobs();

    Task formal = task(applications.get("deficient"), "Task_ReviewFormalRejection");
    taskService.claim(formal.getId(), "officer2");
    taskService.complete(formal.getId(), Map.of(FormalCheckVariables.OVERRULE, false));
    review(applications.get("best"), 4.5);
    review(applications.get("second"), 4);
    assertThat(call).isWaitingAt("Event_AllAssessed");
    beforeTheLastReview.run();
    review(applications.get("third"), 3.5);
    executeDueJobs();
    return applications;
  }

  ProcessInstance submit(Map<String, Object> form) {
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("ClusterApplication")
        .latestVersion().singleResult().getId();
    return formService.submitStartForm(definitionId, form);
  }

  Task task(ProcessInstance instance, String key) {
    return taskService.createTaskQuery().processInstanceBusinessKey(instance.getBusinessKey()).taskDefinitionKey(key).singleResult();
  }

  void review(ProcessInstance application, double score) {
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

  void recommend(String officer) {
    Task recommend = task(call, "Task_Recommend");
    taskService.claim(recommend.getId(), officer);
    taskService.complete(recommend.getId(), Map.of());
  }

  List<MimeMessage> decisionLetters() {
    return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> subject(m).startsWith("Vedtak: søknaden om klyngestatus")
        && !subject(m).endsWith("avvises")).toList();
  }

  @Test
  void theWholeDecisionStageFromTheLastReviewToTheAnnouncement() throws Exception {
    Map<String, ProcessInstance> applications = threeScoredAndOneRejected();

    assertThat(call).isWaitingAt("Task_Recommend");
    String ranking = ((String) runtimeService.getVariable(call.getId(), DecisionVariables.RECOMMENDATION_TEXT))
        .replace('\u00a0', ' ');
    assertThat(ranking).contains(
        "1. NIC-2027-0001: 22.50 poeng, over alle terskler, omsøkt kr 2 000 000 – innstilt, gjenstående budsjett kr 3 000 000",
        "2. NIC-2027-0002: 20.00 poeng, over alle terskler, omsøkt kr 2 000 000 – innstilt, gjenstående budsjett kr 1 000 000",
        "3. NIC-2027-0003: 17.50 poeng, over alle terskler, omsøkt kr 2 000 000 – ikke innstilt, gjenstående budsjett kr 1 000 000")
        .doesNotContain("NIC-2027-0004");
    recommend("officer1");

    Task decide = task(call, "Task_Decide");
    assertThat(decide.getDueDate().toInstant()).isEqualTo(oslo("2027-10-15T12:00"));
    taskService.claim(decide.getId(), "officer1");
    assertThatThrownBy(() -> taskService.complete(decide.getId(), Map.of()))
        .satisfies(e -> assertThat(ValidationException.findIn(e)).isPresent())
        .hasMessageContaining("den som laget innstillingen (officer1), kan ikke fatte vedtaket");
    taskService.setAssignee(decide.getId(), "council1");
    assertThatThrownBy(() -> taskService.complete(decide.getId(), Map.of(DecisionVariables.ADMIT_INSTEAD, List.of("NIC-2027-0003"))))
        .hasMessageContaining("Begrunnelse for avvik (deviationJustification): må fylles ut");
    taskService.complete(decide.getId(), Map.of(DecisionVariables.ADMIT_INSTEAD, List.of("NIC-2027-0003"),
        DecisionVariables.DEVIATION_JUSTIFICATION, "Klyngen styrker en region uten andre klynger på nivået."));
    assertThat(count("select count(*) from decision")).as("recorded after the council's transaction, in a job").isZero();
    executeDueJobs();

    assertThat(jdbc.sql("select case_number, outcome, deviated from decision order by case_number")
        .query((rs, row) -> rs.getString(1) + ":" + rs.getString(2) + ":" + rs.getBoolean(3)).list())
        .containsExactly("NIC-2027-0001:ADMITTED:false", "NIC-2027-0002:ADMITTED:false", "NIC-2027-0003:ADMITTED:true");
    assertThat(call).isWaitingAt("Event_AnnouncementDate");

    setClock(oslo("2027-10-15T11:59:59"));
    executeDueJobs();
    assertThat(decisionLetters()).as("no decision letter before the announcement").isEmpty();
    assertThat(count("select count(*) from notification_log where kind = 'DECISION'")).isZero();

    setClock(oslo("2027-10-15T12:00"));
    executeDueJobs();
    assertThat(call).hasPassed("Activity_Announce").isEnded();
    assertThat(decisionLetters()).hasSize(3);
    assertThat(applications.get("best")).hasPassed("Activity_RegisterCluster", "EndEvent_Admitted").isEnded();
    assertThat(applications.get("deficient")).hasPassed("EndEvent_FormallyRejected").isEnded();

    MimeMessage third = decisionLetters().stream().filter(m -> subject(m).contains("NIC-2027-0003")).findFirst().orElseThrow();
    assertThat(third.getAllRecipients()[0].toString()).isEqualTo("kontakt3@sokerklynge.no");
    assertThat(((String) third.getContent()).replace("\r\n", "\n").replace('\u00a0', ' '))
        .contains("Programrådet har innvilget søknaden.")
        .contains("på nivå Arena fra 15. oktober 2027 til 14. oktober 2030, med en årlig finansiering på kr 2 000 000")
        .contains("3. Strategisk utviklingsprosjekt: 3.50 poeng.\n  Fagvurderer 1: Vurdering av strategisk utviklingsprosjekt.")
        .contains("Programrådet har her avveket fra innstillingen, med denne begrunnelsen: Klyngen styrker en region")
        .contains("Klagefristen er tre uker")
        .doesNotContain("rev1");
    assertThat(jdbc.sql("select case_number, level, status, period_end from cluster_registry order by case_number")
        .query((rs, row) -> rs.getString(1) + ":" + rs.getString(2) + ":" + rs.getString(3) + ":"
            + rs.getObject(4, LocalDate.class)).list())
        .containsExactly("NIC-2027-0001:ARENA:ACTIVE:2030-10-14", "NIC-2027-0002:ARENA:ACTIVE:2030-10-14",
            "NIC-2027-0003:ARENA:ACTIVE:2030-10-14");
    assertThat(jdbc.sql("select period_start from cluster_registry where case_number = 'NIC-2027-0001'")
        .query(LocalDate.class).single()).isEqualTo(LocalDate.of(2027, 10, 15));
  }

  @Test
  void aDecisionNotMadeByTheAnnouncementDateHoldsTheAnnouncementBackAndWarnsTheCaseOfficers() {
    Map<String, ProcessInstance> applications = threeScoredAndOneRejected();
    recommend("officer1");

    setClock(oslo("2027-10-15T12:00"));
    executeDueJobs();
    assertThat(call).hasPassed("Activity_NotifyDecisionOverdue").isWaitingAt("Task_Decide");
    assertThat(Arrays.stream(greenMail.getReceivedMessages()).map(DecisionCycleTest::subject)
        .filter(s -> s.equals("Kunngjøringen av Utlysning 2027 venter på vedtak")).count()).isEqualTo(2);
    assertThat(decisionLetters()).isEmpty();

    setClock(oslo("2027-10-20T09:00"));
    Task decide = task(call, "Task_Decide");
    taskService.claim(decide.getId(), "council1");
    taskService.complete(decide.getId(), Map.of());
    executeDueJobs();

    assertThat(call).isEnded();
    assertThat(decisionLetters()).hasSize(3);
    assertThat(applications.get("third")).hasPassed("EndEvent_Rejected").isEnded();
    assertThat(count("select count(*) from cluster_registry")).isEqualTo(2);
  }

  /** The recommendation decided as it stands: the third application is rejected for lack of budget. */
  void announcedAsRecommended() {
    threeScoredAndOneRejected();
    recommend("officer1");
    Task decide = task(call, "Task_Decide");
    taskService.claim(decide.getId(), "council1");
    taskService.complete(decide.getId(), Map.of());
    setClock(oslo("2027-10-15T12:00"));
    executeDueJobs();
  }

  ProcessInstance complain(String caseNumber, String receivedOn) {
    identityService.setAuthentication("officer2", List.of("case-officers"));
    try {
      return runtimeService.startProcessInstanceByKey(ComplaintVariables.PROCESS_KEY, Map.of(
          ComplaintVariables.CASE_NUMBER, caseNumber, ComplaintVariables.RECEIVED_ON, receivedOn,
          ComplaintVariables.COMPLAINT_TEXT, "Vi mener budsjettet ble feil fordelt mellom nivåene."));
    } finally {
      identityService.clearAuthentication();
    }
  }

  List<String> complaintAnswers() {
    return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> subject(m).startsWith("Svar på klage"))
        .map(DecisionCycleTest::body).toList();
  }

  @Test
  void aComplaintWithinThreeWeeksIsReassessedByAnotherCaseOfficerAndCanChangeTheDecision() {
    announcedAsRecommended();
    setClock(oslo("2027-11-05T15:00"));
    ProcessInstance complaint = complain("NIC-2027-0003", "2027-11-05");
    assertThat(complaint).hasBusinessKey("NIC-2027-0003").isWaitingAt("Task_AssessComplaint");

    Task assess = task(complaint, "Task_AssessComplaint");
    taskService.claim(assess.getId(), "officer1");
    assertThatThrownBy(() -> taskService.complete(assess.getId(), Map.of(ComplaintVariables.CHANGE_DECISION, true,
        ComplaintVariables.JUSTIFICATION, "Ny vurdering av budsjettet.")))
        .hasMessageContaining("den som forberedte vedtaket (officer1), kan ikke behandle klagen");
    taskService.setAssignee(assess.getId(), "officer2");
    taskService.complete(assess.getId(), Map.of(ComplaintVariables.CHANGE_DECISION, true,
        ComplaintVariables.JUSTIFICATION, "Budsjettet for Arena hadde rom etter en omdisponering."));
    executeDueJobs();

    assertThat(complaint).hasPassed("Activity_RecordComplaintOutcome", "Activity_SendComplaintLetter").isEnded();
    assertThat(jdbc.sql("select outcome from decision where case_number = 'NIC-2027-0003'").query(String.class).single())
        .isEqualTo("ADMITTED");
    assertThat(jdbc.sql("select status from cluster_registry where case_number = 'NIC-2027-0003'").query(String.class)
        .single()).isEqualTo("ACTIVE");
    assertThat(jdbc.sql("select outcome || '/' || assessed_by from complaint").query(String.class).single())
        .isEqualTo("CHANGED/officer2");
    assertThat(complaintAnswers()).singleElement().asString()
        .contains("Vi har behandlet klagen på nytt og endrer vedtaket. Søknaden er nå innvilget.")
        .contains("Budsjettet for Arena hadde rom etter en omdisponering.");
  }

  /** The new cluster manager's password link goes out in a step of its own: a mail outage waits there, not in the task. */
  @Test
  void aComplaintThatAdmitsTheClusterDuringAMailOutageIsCompletedAndTheLinkGoesOutOnceWhenMailIsBack() {
    announcedAsRecommended();
    setClock(oslo("2027-11-05T15:00"));
    ProcessInstance complaint = complain("NIC-2027-0003", "2027-11-05");
    Task assess = task(complaint, "Task_AssessComplaint");
    taskService.claim(assess.getId(), "officer2");
    greenMail.stop();
    try {
      taskService.complete(assess.getId(), Map.of(ComplaintVariables.CHANGE_DECISION, true,
          ComplaintVariables.JUSTIFICATION, "Budsjettet for Arena hadde rom etter en omdisponering."));
      Job link = managementService.createJobQuery().processInstanceId(complaint.getId())
          .activityId("Activity_SendAccountLink").singleResult();
      assertThatThrownBy(() -> managementService.executeJob(link.getId())).isInstanceOf(RuntimeException.class);
      assertThat(managementService.createJobQuery().jobId(link.getId()).singleResult().getRetries()).isEqualTo(4);
    } finally {
      greenMail.start();
    }
    assertThat(jdbc.sql("select outcome from decision where case_number = 'NIC-2027-0003'").query(String.class).single())
        .as("the case officer's completion stands").isEqualTo("ADMITTED");

    setClock(oslo("2027-11-05T15:06"));
    executeDueJobs();
    assertThat(complaint).hasPassed("Activity_SendAccountLink", "Activity_SendComplaintLetter").isEnded();
    assertThat(count("select count(*) from notification_log where case_number = 'NIC-2027-0003' and kind = 'ACCOUNT_LINK'"))
        .isEqualTo(1);
    assertThat(Arrays.stream(greenMail.getReceivedMessages()).map(DecisionCycleTest::subject)
        .filter(s -> s.startsWith("Klyngeprogrammet: sett passord"))).as("sent once, since the restart").hasSize(1);
    assertThat(identityService.createUserQuery().userId("nic20270003").count()).isEqualTo(1);
  }

  @Test
  void aComplaintAfterTheWindowIsRefusedWithTheReasonAndRecorded() {
    announcedAsRecommended();
    setClock(oslo("2027-11-08T09:00"));
    ProcessInstance complaint = complain("NIC-2027-0003", "2027-11-06");
    executeDueJobs();

    assertThat(complaint).hasPassed("Gateway_MergeAnswer", "Activity_SendComplaintLetter").hasNotPassed("Task_AssessComplaint")
        .isEnded();
    assertThat(jdbc.sql("select outcome from complaint").query(String.class).single()).isEqualTo("REFUSED_LATE");
    assertThat(complaintAnswers()).singleElement().asString()
        .contains("Klagen avvises fordi klagefristen er ute")
        .contains("gikk ut 5. november 2027");
    assertThat(jdbc.sql("select outcome from decision where case_number = 'NIC-2027-0003'").query(String.class).single())
        .isEqualTo("REJECTED");
  }

  @Test
  void aFormalRejectionCanBeUpheldOnComplaintButNotChangedThere() {
    announcedAsRecommended();
    setClock(oslo("2027-10-01T09:00"));
    ProcessInstance complaint = complain("NIC-2027-0004", "2027-10-01");
    Task assess = task(complaint, "Task_AssessComplaint");
    taskService.claim(assess.getId(), "officer1");
    assertThatThrownBy(() -> taskService.complete(assess.getId(), Map.of(ComplaintVariables.CHANGE_DECISION, true,
        ComplaintVariables.JUSTIFICATION, "x")))
        .hasMessageContaining("en formell avvisning kan ikke endres her");
    taskService.complete(assess.getId(), Map.of(ComplaintVariables.JUSTIFICATION,
        "Klyngen har fortsatt for få medlemmer fra næringslivet."));
    executeDueJobs();

    assertThat(jdbc.sql("select outcome || '/' || letter_kind from complaint").query(String.class).single())
        .isEqualTo("UPHELD/FORMAL_REJECTION");
    assertThat(complaintAnswers()).singleElement().asString()
        .contains("Vi har behandlet klagen på nytt og finner ikke grunn til å endre vedtaket.")
        .contains("Klagen er derfor sendt til klageinstansen");
    assertThat(complaint).isWaitingAt("Task_DecideAppeal");

    Task appeal = task(complaint, "Task_DecideAppeal");
    taskService.claim(appeal.getId(), "appeal1");
    assertThatThrownBy(() -> taskService.complete(appeal.getId(), Map.of(ComplaintVariables.APPEAL_CHANGE_DECISION, true,
        ComplaintVariables.APPEAL_JUSTIFICATION, "x")))
        .hasMessageContaining("en formell avvisning kan ikke endres her");
    taskService.complete(appeal.getId(), Map.of(ComplaintVariables.APPEAL_JUSTIFICATION,
        "Kravet om flertall fra næringslivet er ikke oppfylt."));
    executeDueJobs();
    assertThat(complaint).hasPassed("Gateway_AppealNewClusterManager", "Activity_SendAppealDecisionLetter")
        .hasNotPassed("Activity_SendAppealAccountLink").isEnded();
    assertThat(appealDecisions()).singleElement().asString()
        .contains("Klageinstansen opprettholder vedtaket. Klagen har ikke ført fram.")
        .contains("Begrunnelse: Kravet om flertall fra næringslivet er ikke oppfylt.")
        .contains("Dette vedtaket er endelig og kan ikke påklages");
  }

  List<String> appealDecisions() {
    return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> subject(m).startsWith("Klageinstansens vedtak"))
        .map(DecisionCycleTest::body).toList();
  }

  /**
   * Forvaltningsloven § 33: the case officer upholds the council's rejection, the complaint goes
   * with the case papers to the appellate body, the applicant is told when to expect its answer,
   * and the appellate body's reversal admits the cluster as a case officer's reversal would.
   */
  @Test
  void anUpheldComplaintGoesToTheAppellateBodyWhoseReversalAdmitsTheClusterFinally() {
    announcedAsRecommended();
    setClock(oslo("2027-11-05T15:00"));
    ProcessInstance complaint = complain("NIC-2027-0003", "2027-11-05");
    Task assess = task(complaint, "Task_AssessComplaint");
    assertThat(assess.getName()).as("named after the case, see TaskTitles").endsWith(" – NIC-2027-0003 Blå Vekst Ærøy 3");
    taskService.claim(assess.getId(), "officer2");
    taskService.complete(assess.getId(), Map.of(ComplaintVariables.CHANGE_DECISION, false,
        ComplaintVariables.JUSTIFICATION, "Budsjettet for Arena var brukt opp."));
    executeDueJobs();

    assertThat(complaintAnswers()).singleElement().asString()
        .contains("Vi har behandlet klagen på nytt og finner ikke grunn til å endre vedtaket.")
        .contains("Begrunnelse: Budsjettet for Arena var brukt opp.")
        .contains("Klagen er derfor sendt til klageinstansen, som avgjør den endelig, jf. forvaltningsloven § 33.")
        .contains("Dere kan vente svar fra klageinstansen innen 31. desember 2027.");
    assertThat(complaint).isWaitingAt("Task_DecideAppeal");
    Task appeal = task(complaint, "Task_DecideAppeal");
    assertThat(appeal).hasCandidateGroup(ProgrammeGroups.APPEALS_BOARD);
    assertThat(appeal.getName()).endsWith(" – NIC-2027-0003 Blå Vekst Ærøy 3");
    assertThat(appeal.getDueDate().toInstant()).isEqualTo(oslo("2027-12-31T00:00"));
    assertThat(taskService.getVariables(appeal.getId())).containsEntry("caseNumber", "NIC-2027-0003")
        .containsEntry("clusterName", "Blå Vekst Ærøy 3")
        .containsEntry(ComplaintVariables.COMPLAINT_TEXT, "Vi mener budsjettet ble feil fordelt mellom nivåene.")
        .containsEntry(ComplaintVariables.JUSTIFICATION, "Budsjettet for Arena var brukt opp.")
        .containsEntry(ComplaintVariables.DECISION_TEXT, "Programrådets vedtak: avslått, nivå Arena");
    assertThat(jdbc.sql("select outcome from decision where case_number = 'NIC-2027-0003'").query(String.class).single())
        .as("the decision stands until the appellate body decides").isEqualTo("REJECTED");

    setClock(oslo("2027-12-01T10:00"));
    taskService.setAssignee(appeal.getId(), "officer2");
    assertThatThrownBy(() -> taskService.complete(appeal.getId(), Map.of(ComplaintVariables.APPEAL_JUSTIFICATION, "x")))
        .hasMessageContaining("den som forberedte vedtaket eller behandlet klagen i første instans (officer2)");
    taskService.setAssignee(appeal.getId(), "appeal1");
    assertThatThrownBy(() -> taskService.complete(appeal.getId(), Map.of(ComplaintVariables.APPEAL_CHANGE_DECISION, true)))
        .hasMessageContaining("Begrunnelse (appealJustification): må fylles ut");
    taskService.complete(appeal.getId(), Map.of(ComplaintVariables.APPEAL_CHANGE_DECISION, true,
        ComplaintVariables.APPEAL_JUSTIFICATION, "Rangeringen overså at budsjettet hadde rom etter en omdisponering."));
    executeDueJobs();

    assertThat(complaint).hasPassed("Activity_RecordAppealDecision", "Activity_SendAppealAccountLink",
        "Activity_SendAppealDecisionLetter").isEnded();
    assertThat(jdbc.sql("select outcome from decision where case_number = 'NIC-2027-0003'").query(String.class).single())
        .isEqualTo("ADMITTED");
    assertThat(jdbc.sql("select status from cluster_registry where case_number = 'NIC-2027-0003'").query(String.class)
        .single()).isEqualTo("ACTIVE");
    assertThat(jdbc.sql("select outcome || '/' || assessed_by || '/' || appeal_outcome || '/' || appeal_decided_by from complaint")
        .query(String.class).single()).isEqualTo("UPHELD/officer2/CHANGED/appeal1");
    assertThat(identityService.createUserQuery().userId("nic20270003").count()).isEqualTo(1);
    assertThat(Arrays.stream(greenMail.getReceivedMessages()).map(DecisionCycleTest::subject)
        .filter(s -> s.equals("Klyngeprogrammet: sett passord for Blå Vekst Ærøy 3"))).hasSize(1);
    assertThat(appealDecisions()).singleElement().asString()
        .contains("Hei, Bjørn Æsøy")
        .contains("Klageinstansen endrer vedtaket. Søknaden er nå innvilget.")
        .contains("Begrunnelse: Rangeringen overså at budsjettet hadde rom etter en omdisponering.")
        .contains("Dette vedtaket er endelig og kan ikke påklages, jf. forvaltningsloven § 28 tredje ledd.");
    assertThat(complaintAnswers()).as("the first answer is not sent again").hasSize(1);
  }

  /**
   * A rejection on formal grounds is its own decision, made by the programme management at the
   * formal check: it goes out at once, so the applicant can complain early, while the council's
   * decisions wait for the announcement.
   */
  @Test
  void aFormalRejectionGoesOutAtOnceWhileTheCouncilsDecisionsWaitForTheAnnouncement() {
    Map<String, ProcessInstance> applications = threeScoredAndOneRejected();

    assertThat(Arrays.stream(greenMail.getReceivedMessages()).filter(m -> subject(m).startsWith("Kvittering"))
        .map(DecisionCycleTest::body).findFirst().orElseThrow().replace("\n", " "))
        .as("the receipt says so too")
        .contains("En søknad som ikke oppfyller dem, avvises, og vedtaket om avvisning sendes med en gang")
        .contains("De får svar samtidig, når nye klynger kunngjøres 15. oktober 2027");
    List<String> rejections = Arrays.stream(greenMail.getReceivedMessages()).map(DecisionCycleTest::subject)
        .filter(s -> s.equals("Vedtak: søknaden om klyngestatus NIC-2027-0004 avvises")).toList();
    assertThat(rejections).as("sent on the day of the formal check, a month before the announcement").hasSize(1);
    assertThat(decisionLetters()).isEmpty();
    assertThat(applications.get("deficient")).hasPassed("Activity_SendFormalRejection").isEnded();
    assertThat(call).isWaitingAt("Task_Recommend");

    setClock(oslo("2027-09-30T09:00"));
    ProcessInstance complaint = complain("NIC-2027-0004", "2027-09-30");
    assertThat(complaint).as("a complaint before the announcement is within the window of the letter")
        .isWaitingAt("Task_AssessComplaint");

    recommend("officer1");
    Task decide = task(call, "Task_Decide");
    taskService.claim(decide.getId(), "council1");
    taskService.complete(decide.getId(), Map.of());
    setClock(oslo("2027-10-15T12:00"));
    executeDueJobs();
    assertThat(decisionLetters()).hasSize(3);
    assertThat(Arrays.stream(greenMail.getReceivedMessages()).map(DecisionCycleTest::subject)
        .filter(s -> s.endsWith("NIC-2027-0004 avvises"))).as("not sent again at the announcement").hasSize(1);
  }

  @Test
  void aComplaintNeedsACaseWithADecisionLetter() {
    setClock(oslo("2027-10-01T09:00"));
    assertThatThrownBy(() -> complain("NIC-2027-0099", "2027-10-01"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("Saksnummer (caseNumber): det er ikke sendt noe vedtak i saken NIC-2027-0099");
    assertThat(count("select count(*) from complaint")).isZero();
  }

  @Test
  void aMemberBankruptSinceSubmissionIsFlaggedOnTheRecommendationAndForTheCouncil() {
    String first = TestApplications.orgNumber(1001);
    String second = TestApplications.orgNumber(1002);
    threeScoredAndOneRejected(() -> {
      FakeRegister.goesBankrupt(first, "ÅLESUND HAVBRUK AS");
      FakeRegister.goesBankrupt(TestApplications.orgNumber(1003), "IKKE INNSTILT AS");
    });
    String firstFlag = "NIC-2027-0001:\n   • FORENING " + first + " (" + first
        + "): er konkurs ifølge Enhetsregisteret (ved innsending: aktiv)";

    Task recommend = task(call, "Task_Recommend");
    assertThat(formService.getTaskFormVariables(recommend.getId(), List.of(DecisionVariables.REGISTER_CHANGES_TEXT), true)
        .getValue(DecisionVariables.REGISTER_CHANGES_TEXT, String.class))
        .as("the case officer sees it before recommending").isEqualTo(firstFlag);

    FakeRegister.goesBankrupt(second, "ØRSTA MEKANISKE AS");
    recommend("officer1");

    Task decide = task(call, "Task_Decide");
    String flagged = (String) taskService.getVariable(decide.getId(), DecisionVariables.REGISTER_CHANGES_TEXT);
    assertThat(flagged).as("checked again when the recommendation is made").isEqualTo(firstFlag
        + "\nNIC-2027-0002:\n   • FORENING " + second + " (" + second
        + "): er konkurs ifølge Enhetsregisteret (ved innsending: aktiv)");
    assertThat(count("select count(*) from register_check where stage = 'DECISION' and standing = 'BANKRUPT'"))
        .isEqualTo(2);
  }

  private static String body(MimeMessage message) {
    try {
      return ((String) message.getContent()).replace("\r\n", "\n");
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
