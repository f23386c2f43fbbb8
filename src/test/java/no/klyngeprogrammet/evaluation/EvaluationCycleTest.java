package no.klyngeprogrammet.evaluation;

import static no.klyngeprogrammet.support.TestApplications.eligibleForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.klyngeprogrammet.call.CallVariables;
import no.klyngeprogrammet.review.ReviewVariables;
import no.klyngeprogrammet.scoring.Criterion;
import no.klyngeprogrammet.support.Http;
import no.klyngeprogrammet.support.IntegrationTest;
import no.klyngeprogrammet.validation.ValidationException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Admitted clusters across years on the clock: yearly rounds with annual reports, evaluations by
 * the rules or overruled, conditions, an extension, the NCE brand, a GCE's mid-term review, and a
 * cluster that never reports.
 */
class EvaluationCycleTest extends IntegrationTest {

  @Autowired FormService formService;
  @Autowired TaskService taskService;
  @Autowired EvaluationRounds rounds;
  @LocalServerPort int port;

  /** The year of the first evaluation round; the clusters are admitted the year before. */
  int firstRound;

  @BeforeEach
  void people() {
    for (String reviewer : List.of("rev1", "rev2", "rev3")) {
      ensureUser(reviewer, "reviewers");
    }
    ensureUser("officer1", "case-officers");
    ensureUser("officer2", "case-officers");
    ensureUser("council1", "programme-council");
  }

  Job roundTimer() {
    return managementService.createJobQuery().processDefinitionKey(EvaluationVariables.SCHEDULE_PROCESS_KEY).timers()
        .singleResult();
  }

  Instant at(int year, String monthDayTime) {
    return oslo(year + "-" + monthDayTime);
  }

  String caseNumber(int sequence) {
    return String.format("NIC-%d-%04d", firstRound - 1, sequence);
  }

  String manager(int sequence) {
    return caseNumber(sequence).replace("-", "").toLowerCase();
  }

  /** Four clusters admitted the year before the first round: Arena, Arena, Arena Pro and GCE. */
  void admitFourClusters() {
    firstRound = roundTimer().getDuedate().toInstant().atZone(OSLO).getYear();
    int year = firstRound - 1;
    setClock(at(year, "09-01T10:00"));
    ProcessInstance call = runtimeService.startProcessInstanceByKey(CallVariables.PROCESS_KEY, Map.of(
        CallVariables.CALL_TITLE, "Utlysning " + year, CallVariables.DEADLINE_LOCAL, year + "-09-15T12:00"));
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("ClusterApplication")
        .latestVersion().singleResult().getId();
    List<ProcessInstance> applications = List.of(
        formService.submitStartForm(definitionId, eligibleForm(1, "ARENA")),
        formService.submitStartForm(definitionId, eligibleForm(2, "ARENA")),
        formService.submitStartForm(definitionId, eligibleForm(3, "ARENA_PRO")),
        formService.submitStartForm(definitionId, eligibleForm(4, "GCE")));
    decide(call, applications, at(year, "09-15T12:00"), at(year, "10-15T12:00"));
    assertThat(count("select count(*) from cluster_registry where status = 'ACTIVE'")).isEqualTo(4);
  }

  /** Through the call's deadline, reviews, recommendation and decision to the announcement: every application admitted. */
  void decide(ProcessInstance call, List<ProcessInstance> applications, Instant deadline, Instant announcement) {
    setClock(deadline);
    executeDueJobs();
    for (ProcessInstance application : applications) {
      complete(application, "Task_AssignReviewers", "officer2",
          Map.of(ReviewVariables.SELECTED_REVIEWERS, List.of("rev1", "rev2", "rev3")));
      for (String reviewer : List.of("rev1", "rev2", "rev3")) {
        Task declaration = taskService.createTaskQuery().processInstanceBusinessKey(application.getBusinessKey())
            .taskDefinitionKey("Task_DeclareImpartiality").taskAssignee(reviewer).singleResult();
        taskService.complete(declaration.getId(), Map.of(ReviewVariables.CONFLICT_OF_INTEREST, false));
        Map<String, Object> scores = new HashMap<>();
        for (Criterion criterion : Criterion.values()) {
          scores.put(ReviewVariables.score(criterion), 4.5);
          scores.put(ReviewVariables.justification(criterion), "Sterk søknad.");
        }
        taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(application.getBusinessKey())
            .taskDefinitionKey("Task_ReviewApplication").taskAssignee(reviewer).singleResult().getId(), scores);
      }
    }
    executeDueJobs();
    complete(call, "Task_Recommend", "officer1", Map.of());
    complete(call, "Task_Decide", "council1", Map.of());
    setClock(announcement);
    executeDueJobs();
  }

  void complete(ProcessInstance instance, String key, String assignee, Map<String, Object> variables) {
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(instance.getBusinessKey()).taskDefinitionKey(key).singleResult();
    taskService.claim(task.getId(), assignee);
    taskService.complete(task.getId(), variables);
  }

  Task evaluationTask(String caseNumber, String key) {
    return taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(key).singleResult();
  }

  /** Opens the round of {@code year}: runs the yearly timer, and any empty rounds before it. */
  void openRound(int year) {
    while (roundTimer().getDuedate().toInstant().atZone(OSLO).getYear() < year) {
      setClock(roundTimer().getDuedate().toInstant());
      managementService.executeJob(roundTimer().getId());
    }
    setClock(at(year, "01-15T08:00"));
    managementService.executeJob(roundTimer().getId());
    executeDueJobs();
    setClock(at(year, "01-20T09:00"));
  }

  void report(int sequence) {
    Map<String, Object> report = new HashMap<>();
    for (String text : EvaluationVariables.REPORT_TEXTS) {
      report.put(text, "Rapportert om " + text + " – Årets arbeid i klyngen.");
    }
    for (String number : EvaluationVariables.REPORT_COUNTS) {
      report.put(number, 12);
    }
    report.put(EvaluationVariables.FUNDS_USED, 1_900_000);
    taskService.complete(evaluationTask(caseNumber(sequence), "Task_SubmitAnnualReport").getId(), report);
    // The submission commits alone (asyncAfter); the job after it closes the report's timers.
    executeDueJobs();
  }

  void evaluate(int sequence, String development, Map<String, Object> confirmation) {
    report(sequence);
    Task evaluate = evaluationTask(caseNumber(sequence), "Task_EvaluateReport");
    taskService.claim(evaluate.getId(), "officer1");
    taskService.complete(evaluate.getId(), Map.of(EvaluationVariables.DEVELOPMENT, development,
        EvaluationVariables.MEETS_REQUIREMENTS, true, EvaluationVariables.ASSESSMENT, "Vurdert mot strategien."));
    Task confirm = evaluationTask(caseNumber(sequence), "Task_ConfirmOutcome");
    taskService.claim(confirm.getId(), "officer1");
    taskService.complete(confirm.getId(), confirmation);
    executeDueJobs();
  }

  String status(int sequence) {
    return jdbc.sql("select status from cluster_registry where case_number = ?").param(caseNumber(sequence))
        .query(String.class).single();
  }

  String outcome(int sequence, int year) {
    return jdbc.sql("select outcome from evaluation where case_number = ? and round_year = ?")
        .params(caseNumber(sequence), year).query(String.class).single();
  }

  List<String> subjectsTo(String address) {
    return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> recipient(m).equals(address))
        .map(EvaluationCycleTest::subject).toList();
  }

  /**
   * The cluster manager's task and the report's timers run in branches of their own, and the
   * submission commits alone (asyncAfter): a reminder, the due-date notice or the escalation firing
   * at that moment touches nothing the manager's transaction does. Real threads released together,
   * a fresh evaluation each round.
   */
  @Test
  void aClusterManagerSubmittingAsAReportTimerFiresGetsNoErrorAndTheReportCountsOnce() throws Exception {
    admitFourClusters();
    List<String> timers = List.of("Event_ReportReminderDue", "Event_ReportDueDate", "Event_ReportMissing");
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 12; round++) {
        String caseNumber = caseNumber(1 + round % 4);
        int year = firstRound + round / 4;
        String timerId = timers.get(round % 3);
        if (!rounds.exists(year)) {
          rounds.open(new RoundRequest(year, at(year, "03-01T12:00"), "admin"), at(year - 1, "12-01T09:00"), "race");
        }
        setClock(at(year, "01-20T09:00"));
        ProcessInstance evaluation = runtimeService.startProcessInstanceByKey(EvaluationVariables.PROCESS_KEY, caseNumber,
            Map.of(EvaluationVariables.CASE_NUMBER, caseNumber, EvaluationVariables.ROUND_YEAR, year));
        Task submit = evaluationTask(caseNumber, "Task_SubmitAnnualReport");
        Job timer = managementService.createJobQuery().processInstanceId(evaluation.getId()).activityId(timerId)
            .singleResult();
        setClock(timer.getDuedate().toInstant());
        Map<String, Object> report = new HashMap<>();
        Arrays.stream(EvaluationVariables.REPORT_TEXTS).forEach(text -> report.put(text, "Årets arbeid i klyngen."));
        Arrays.stream(EvaluationVariables.REPORT_COUNTS).forEach(number -> report.put(number, 12));
        report.put(EvaluationVariables.FUNDS_USED, 1_000_000);
        int mailsBefore = greenMail.getReceivedMessages().length;

        CyclicBarrier start = new CyclicBarrier(2);
        Future<?> timerFires = threads.submit(() -> {
          start.await();
          managementService.executeJob(timer.getId());
          return null;
        });
        Future<?> managerSubmits = threads.submit(() -> {
          start.await();
          taskService.complete(submit.getId(), report);
          return null;
        });
        managerSubmits.get();
        try {
          timerFires.get();
        } catch (ExecutionException e) {
          assertThat(e.getCause()).as("round %d: a timer that lost the race runs again", round)
              .isInstanceOf(OptimisticLockingException.class);
        }
        // The submission's own step first: it ends the branches of the timers that have not fired.
        runJobs(evaluation, managementService.createJobQuery().processInstanceId(evaluation.getId()).messages());
        runJobs(evaluation, managementService.createJobQuery().processInstanceId(evaluation.getId()));

        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(evaluation.getId())
            .activityId("Activity_RecordAnnualReport").finished().count()).as("round %d: the report recorded once", round)
            .isEqualTo(1);
        assertThat(count("select count(*) from evaluation where case_number = ? and round_year = ? and report is not null",
            caseNumber, year)).as("round %d: one report", round).isEqualTo(1);
        assertThat(taskService.createTaskQuery().processInstanceId(evaluation.getId()).list())
            .as("round %d: only the assessment is left", round).extracting(Task::getTaskDefinitionKey)
            .containsExactly("Task_EvaluateReport");
        assertThat(managementService.createJobQuery().processInstanceId(evaluation.getId()).count())
            .as("round %d: the timers gone with the report", round).isZero();
        int letters = count("select count(*) from notification_log where case_number = ? and kind like 'REPORT_%' "
            + "and notification_key like ?", caseNumber, "%:" + year);
        assertThat(letters).as("round %d: at most one letter about the report", round).isLessThanOrEqualTo(1);
        assertThat(count("select count(*) from notification_log where case_number = ? and kind = ? "
            + "and notification_key like ?", caseNumber, EvaluationLetters.REPORT_RECEIPT, "%:" + year))
            .as("round %d: one receipt", round).isEqualTo(1);
        assertThat(greenMail.getReceivedMessages().length - mailsBefore).as("round %d: every letter logged", round)
            .isEqualTo(letters + 1);
        runtimeService.deleteProcessInstance(evaluation.getId(), "round over", true, true);
      }
    } finally {
      threads.shutdownNow();
    }
  }

  /**
   * Runs the jobs the query finds one by one, whenever they are due, until none is left: a job that
   * lost a race runs again, and a job may remove others (the submission's step ends the timers).
   */
  void runJobs(ProcessInstance instance, org.camunda.bpm.engine.runtime.JobQuery query) {
    for (int round = 0; round < 20; round++) {
      List<Job> jobs = query.listPage(0, 1);
      if (jobs.isEmpty()) {
        return;
      }
      managementService.executeJob(jobs.get(0).getId());
    }
    throw new AssertionError("Jobs of " + instance.getId() + " kept coming");
  }

  /**
   * The annual report's letters as the cluster manager reads them: the reminder and the due-date
   * notice say where to submit, the report gets one receipt whatever the retries, the case officer's
   * summary follows the form with the grant and thousands separators, and the follow-up deadline is
   * written in Norwegian in the letter and the registry.
   */
  @Test
  void theAnnualReportsLettersSayWhereToSubmitAcknowledgeItOnceAndWriteDatesAndAmountsInNorwegian() throws Exception {
    admitFourClusters();
    int year = firstRound;
    openRound(year);
    String tasklist = "http://localhost:8080/camunda/app/tasklist/";

    setClock(at(year, "02-16T12:00"));
    executeDueJobs();
    assertThat(bodyTo("kontakt2@sokerklynge.no", "Påminnelse: årsrapport " + year))
        .contains("i oppgaven «Lever årsrapport» under «Min klynge»:\n\n" + tasklist + "\n")
        .contains("Logg inn med brukernavnet ditt, " + manager(2) + ".");
    setClock(at(year, "02-20T10:15"));
    report(1);
    long granted = jdbc.sql("select yearly_funding from cluster_registry where case_number = ?").param(caseNumber(1))
        .query(Long.class).single();
    String summary = "Tildelt per år: kr " + grouped(granted) + "\n"
        + "Aktiviteter siste år: Rapportert om activities – Årets arbeid i klyngen.\n"
        + "Antall medlemmer: 12\n"
        + "Nye medlemmer siste år: 12\n"
        + "Samarbeidsprosjekter: 12\n"
        + "FoU-prosjekter: 12\n"
        + "Internasjonal aktivitet: Rapportert om internationalActivity – Årets arbeid i klyngen.\n"
        + "Måloppnåelse mot strategien: Rapportert om goalAchievement – Årets arbeid i klyngen.\n"
        + "Brukte midler: kr 1\u00a0900\u00a0000\n"
        + "Plan for neste år: Rapportert om nextYearPlan – Årets arbeid i klyngen.";
    Task evaluate = evaluationTask(caseNumber(1), "Task_EvaluateReport");
    assertThat(taskService.getVariable(evaluate.getId(), EvaluationVariables.REPORT_SUMMARY_TEXT)).isEqualTo(summary);
    String receipt = bodyTo("kontakt1@sokerklynge.no", "Kvittering: årsrapport " + year + " for Blå Vekst Ærøy 1");
    assertThat(receipt).contains("Vi har mottatt årsrapporten for " + year + " for Blå Vekst Ærøy 1 (" + caseNumber(1)
        + ") 20. februar " + year + " kl. 10:15 (norsk tid).").contains(summary);

    // A retried receipt step finds the letter in the log and sends nothing.
    ProcessInstance evaluation = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber(1))
        .processDefinitionKey(EvaluationVariables.PROCESS_KEY).singleResult();
    runtimeService.createProcessInstanceModification(evaluation.getId())
        .cancelAllForActivity("Task_EvaluateReport").startBeforeActivity("Activity_SendReportReceipt").execute();
    executeDueJobs();
    assertThat(subjectsTo("kontakt1@sokerklynge.no")).filteredOn(subject -> subject.startsWith("Kvittering: årsrapport"))
        .hasSize(1);

    setClock(at(year, "03-01T12:00"));
    executeDueJobs();
    assertThat(bodyTo("kontakt2@sokerklynge.no", "Fristen for årsrapport " + year))
        .contains("Du leverer den i Tasklist, i oppgaven «Lever årsrapport» under «Min klynge»:\n\n" + tasklist + "\n")
        .contains("Logg inn med brukernavnet ditt, " + manager(2) + ".");

    evaluate = evaluationTask(caseNumber(1), "Task_EvaluateReport");
    taskService.claim(evaluate.getId(), "officer1");
    taskService.complete(evaluate.getId(), Map.of(EvaluationVariables.DEVELOPMENT, "PARTLY",
        EvaluationVariables.MEETS_REQUIREMENTS, true, EvaluationVariables.ASSESSMENT, "Delvis i tråd med strategien."));
    Task confirm = evaluationTask(caseNumber(1), "Task_ConfirmOutcome");
    taskService.claim(confirm.getId(), "officer1");
    taskService.complete(confirm.getId(), Map.of(EvaluationVariables.FOLLOW_UP_PLAN, "Flere bedrifter i styret.",
        EvaluationVariables.FOLLOW_UP_DEADLINE, year + "-04-04"));
    executeDueJobs();
    assertThat(bodyTo("kontakt1@sokerklynge.no", "Årlig evaluering " + year))
        .contains("Oppfølgingsplan (frist 4. april " + year + "): Flere bedrifter i styret.");
    var registry = new Http(port).get("/api/registry", "Authorization", Http.basic("admin", "test-admin"));
    assertThat(lastEvent(entry(new ObjectMapper().readTree(registry.body()).get("clusters"), caseNumber(1)))
        .get("detail").asText())
        .isEqualTo("Årlig evaluering " + year + ": Fortsetter med vilkår (oppfølgingsplan med frist 4. april " + year + ")");
  }

  private static String grouped(long amount) {
    return String.format(java.util.Locale.ROOT, "%,d", amount).replace(',', '\u00a0');
  }

  /** The body of the one letter to the address whose subject starts so. */
  String bodyTo(String address, String subjectStart) throws Exception {
    List<MimeMessage> letters = Arrays.stream(greenMail.getReceivedMessages())
        .filter(m -> recipient(m).equals(address) && subject(m).startsWith(subjectStart)).toList();
    assertThat(letters).as(subjectStart + " to " + address).hasSize(1);
    return ((String) letters.get(0).getContent()).replace("\r\n", "\n");
  }

  @Test
  void clustersAcrossFiveYearsOfEvaluation() throws Exception {
    admitFourClusters();
    String arena = "kontakt1@sokerklynge.no";

    // First round: one of each, and a cluster that never reports.
    int year = firstRound;
    openRound(year);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(EvaluationVariables.PROCESS_KEY).count())
        .isEqualTo(4);
    assertThat(evaluationTask(caseNumber(1), "Task_SubmitAnnualReport").getAssignee()).isEqualTo(manager(1));
    Map<String, Object> badReport = new HashMap<>();
    for (String text : EvaluationVariables.REPORT_TEXTS) {
      badReport.put(text, "x");
    }
    for (String number : EvaluationVariables.REPORT_COUNTS) {
      badReport.put(number, -1);
    }
    badReport.put(EvaluationVariables.FUNDS_USED, 5_000_000);
    String reportTask = evaluationTask(caseNumber(1), "Task_SubmitAnnualReport").getId();
    assertThatThrownBy(() -> taskService.complete(reportTask, badReport))
        .satisfies(e -> assertThat(ValidationException.findIn(e)).isPresent())
        .hasMessageContaining("Antall medlemmer (members): kan ikke være negativt")
        .hasMessageContaining("Brukte midler (fundsUsed): kan ikke være mer enn kr");

    evaluate(1, "YES", Map.of());
    assertThat(outcome(1, year)).isEqualTo("CONTINUE");
    evaluate(3, "YES", Map.of(EvaluationVariables.GRANT_NCE, true));
    evaluate(4, "YES", Map.of());

    setClock(at(year, "02-16T12:00"));
    executeDueJobs();
    assertThat(subjectsTo("kontakt2@sokerklynge.no")).contains("Påminnelse: årsrapport " + year + " for Blå Vekst Ærøy 2");
    setClock(at(year, "03-01T12:00"));
    executeDueJobs();
    assertThat(subjectsTo("kontakt2@sokerklynge.no")).contains("Fristen for årsrapport " + year + " for Blå Vekst Ærøy 2 er i dag");
    setClock(at(year, "03-08T12:00"));
    executeDueJobs();
    Task followUp = evaluationTask(caseNumber(2), "Task_FollowUpMissingReport");
    taskService.claim(followUp.getId(), "officer2");
    taskService.complete(followUp.getId(), Map.of(EvaluationVariables.END_PARTICIPATION, true,
        EvaluationVariables.FOLLOW_UP_JUSTIFICATION, "Ingen årsrapport etter purring."));
    executeDueJobs();
    assertThat(status(2)).isEqualTo("ENDED");
    assertThat(outcome(2, year)).isEqualTo("END");
    assertThat(evaluationTask(caseNumber(2), "Task_SubmitAnnualReport")).isNull();
    assertThat(jdbc.sql("select kind from cluster_event where case_number = ? order by id").param(caseNumber(3))
        .query(String.class).list()).containsExactly("ADMITTED", "EVALUATED", "NCE_GRANTED");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(EvaluationVariables.ROUND_PROCESS_KEY)
        .count()).as("the round ends when every cluster is evaluated").isZero();

    // Second round: conditions for the Arena cluster; the ended cluster is not evaluated again.
    year = firstRound + 1;
    openRound(year);
    assertThat(evaluationTask(caseNumber(2), "Task_SubmitAnnualReport")).isNull();
    evaluate(1, "PARTLY", Map.of(EvaluationVariables.FOLLOW_UP_PLAN, "Flere bedrifter i styret.",
        EvaluationVariables.FOLLOW_UP_DEADLINE, year + "-06-30"));
    assertThat(status(1)).isEqualTo("WITH_CONDITIONS");
    evaluate(3, "YES", Map.of());
    setClock(at(year, "03-08T12:00"));
    executeDueJobs();
    Task lateGce = evaluationTask(caseNumber(4), "Task_FollowUpMissingReport");
    taskService.claim(lateGce.getId(), "officer2");
    taskService.complete(lateGce.getId(), Map.of(EvaluationVariables.END_PARTICIPATION, false,
        EvaluationVariables.FOLLOW_UP_JUSTIFICATION, "Klyngen har varslet at rapporten kommer neste uke."));
    assertThat(evaluationTask(caseNumber(4), "Task_SubmitAnnualReport")).as("the cluster may still report").isNotNull();
    evaluate(4, "YES", Map.of());
    assertThat(status(4)).isEqualTo("ACTIVE");

    // Third round: the Arena cluster's last in its period, extended to five years in all.
    year = firstRound + 2;
    openRound(year);
    evaluate(1, "YES", Map.of());
    assertThat(outcome(1, year)).isEqualTo("EXTEND");
    assertThat(jdbc.sql("select period_end from cluster_registry where case_number = ?").param(caseNumber(1))
        .query(LocalDate.class).single()).isEqualTo(LocalDate.of(firstRound - 1 + 5, 10, 14));
    assertThat(status(1)).isEqualTo("ACTIVE");
    evaluate(3, "YES", Map.of());
    evaluate(4, "YES", Map.of());

    // Fourth round: an overruling needs its justification.
    year = firstRound + 3;
    openRound(year);
    report(1);
    Task evaluate = evaluationTask(caseNumber(1), "Task_EvaluateReport");
    taskService.claim(evaluate.getId(), "officer1");
    taskService.complete(evaluate.getId(), Map.of(EvaluationVariables.DEVELOPMENT, "YES",
        EvaluationVariables.MEETS_REQUIREMENTS, true, EvaluationVariables.ASSESSMENT, "God utvikling."));
    Task confirm = evaluationTask(caseNumber(1), "Task_ConfirmOutcome");
    taskService.claim(confirm.getId(), "officer1");
    assertThatThrownBy(() -> taskService.complete(confirm.getId(), Map.of(EvaluationVariables.OVERRIDE_OUTCOME, "END")))
        .hasMessageContaining("Begrunnelse for overprøving (overrideJustification): må fylles ut når utfallet overprøves");
    taskService.complete(confirm.getId(), Map.of(EvaluationVariables.OVERRIDE_OUTCOME, "CONTINUE",
        EvaluationVariables.OVERRIDE_JUSTIFICATION, "Reglene gir samme utfall; bekreftet."));
    executeDueJobs();
    evaluate(3, "YES", Map.of());
    evaluate(4, "YES", Map.of());

    // Fifth round: the GCE's mid-term review, and the Arena cluster's fifth year ends its period.
    year = firstRound + 4;
    openRound(year);
    assertThat(runtimeService.getVariable(evaluationTask(caseNumber(4), "Task_SubmitAnnualReport").getProcessInstanceId(),
        EvaluationVariables.MID_TERM_REVIEW)).isEqualTo(true);
    evaluate(4, "YES", Map.of());
    assertThat(outcome(4, year)).isEqualTo("CONTINUE");
    evaluate(1, "YES", Map.of());
    assertThat(outcome(1, year)).isEqualTo("INVITE_NEXT_LEVEL");
    assertThat(status(1)).isEqualTo("COMPLETED");
    assertThat(subjectsTo(arena)).contains("Årlig evaluering " + firstRound + " av Blå Vekst Ærøy 1: Fortsetter",
        "Årlig evaluering " + (firstRound + 1) + " av Blå Vekst Ærøy 1: Fortsetter med vilkår",
        "Årlig evaluering " + (firstRound + 2) + " av Blå Vekst Ærøy 1: Perioden forlenges");
    assertThat(count("select count(*) from evaluation where case_number = ?", caseNumber(1))).isEqualTo(5);

    // The cluster that ended may apply again in a later call: the yearly call has opened by itself.
    assertThat(count("select count(*) from cluster_call where open_year = ?", year)).isEqualTo(1);
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("ClusterApplication")
        .latestVersion().singleResult().getId();
    ProcessInstance again = formService.submitStartForm(definitionId, eligibleForm(2, "ARENA"));
    assertThat(again.getBusinessKey()).isEqualTo(String.format("NIC-%d-0001", year));

    // The invited Arena cluster applies for Arena Pro in the same call and is admitted: a level change.
    ProcessInstance nextLevel = formService.submitStartForm(definitionId, eligibleForm(1, "ARENA_PRO"));
    String arenaPro = nextLevel.getBusinessKey();
    ProcessInstance call = runtimeService.createProcessInstanceQuery().processDefinitionKey(CallVariables.PROCESS_KEY)
        .singleResult();
    decide(call, List.of(again, nextLevel),
        ((java.util.Date) runtimeService.getVariable(call.getId(), CallVariables.DEADLINE)).toInstant(),
        ((java.util.Date) runtimeService.getVariable(call.getId(), CallVariables.ANNOUNCEMENT_DATE)).toInstant());
    assertThat(jdbc.sql("select level from cluster_registry where case_number = ?").param(arenaPro).query(String.class)
        .single()).isEqualTo("ARENA_PRO");
    var registry = new Http(port).get("/api/registry", "Authorization", Http.basic("admin", "test-admin"));
    JsonNode clusters = new ObjectMapper().readTree(registry.body()).get("clusters");
    JsonNode newEntry = entry(clusters, arenaPro);
    JsonNode oldEntry = entry(clusters, caseNumber(1));
    JsonNode change = lastEvent(newEntry);
    assertThat(change.get("kind").asText()).isEqualTo("LEVEL_CHANGED");
    assertThat(change.get("detail").asText()).isEqualTo("Nivåendring fra Arena til Arena Pro ved vedtak i sak "
        + arenaPro + " (tidligere sak " + caseNumber(1) + ")");
    assertThat(change.get("decidedBy").asText()).isEqualTo("council1");
    assertThat(change.get("date").asText()).isEqualTo(newEntry.get("entry").get("periodStart").asText());
    assertThat(lastEvent(oldEntry).get("kind").asText()).isEqualTo("LEVEL_CHANGED");
    assertThat(lastEvent(oldEntry).get("detail").asText()).isEqualTo("Nivåendring fra Arena til Arena Pro ved vedtak i sak "
        + arenaPro);
    assertThat(oldEntry.get("statusName").asText()).isEqualTo("Fullført");
    assertThat(lastEvent(entry(clusters, again.getBusinessKey())).get("kind").asText())
        .as("the ended cluster came back at the same level").isEqualTo("ADMITTED");
    assertThat(new Http(port).get("/klyngeregister", "Authorization", Http.basic("admin", "test-admin")).body())
        .contains("Nivåendring fra Arena til Arena Pro ved vedtak i sak " + arenaPro + " (tidligere sak "
            + caseNumber(1) + ") (vedtatt av council1)");
  }

  private static JsonNode entry(JsonNode clusters, String caseNumber) {
    for (JsonNode cluster : clusters) {
      if (cluster.get("entry").get("caseNumber").asText().equals(caseNumber)) {
        return cluster;
      }
    }
    throw new AssertionError("No registry entry " + caseNumber);
  }

  private static JsonNode lastEvent(JsonNode cluster) {
    JsonNode history = cluster.get("history");
    return history.get(history.size() - 1);
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
