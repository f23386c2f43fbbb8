package no.klyngeprogrammet.call;

import static no.klyngeprogrammet.support.TestApplications.eligibleForm;
import static no.klyngeprogrammet.support.TestApplications.validForm;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.klyngeprogrammet.application.ApplicationVariables;
import no.klyngeprogrammet.decision.DecisionVariables;
import no.klyngeprogrammet.identity.ProgrammeGroups;
import no.klyngeprogrammet.review.ReviewFollowUps;
import no.klyngeprogrammet.review.ReviewVariables;
import no.klyngeprogrammet.scoring.Criterion;
import no.klyngeprogrammet.support.IntegrationTest;
import no.klyngeprogrammet.validation.ValidationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The call's messages and timers meeting users and jobs of the applications at the same moment,
 * run on real threads released together, many times over: nothing is lost, nothing happens
 * twice, and no user gets an error for someone else's timing.
 */
class MessageRaceTest extends IntegrationTest {

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
  /** A job that lost a race waits out the first step of R5/PT5M before it runs again. */
  private static final Duration RETRY_DELAY = Duration.ofMinutes(5).plusSeconds(1);

  @Autowired FormService formService;
  @Autowired TaskService taskService;

  private ExecutorService threads;

  /** How many times each race is run; every round is a fresh call with its own interleaving. */
  protected int repetitions() {
    return 20;
  }

  @BeforeEach
  void people() {
    ensureUser("rev1", "reviewers");
    ensureUser("rev2", "reviewers");
    ensureUser("rev3", "reviewers");
    ensureUser("officer1", "case-officers");
    ensureUser("officer2", "case-officers");
    ensureUser("council1", "programme-council");
    threads = Executors.newFixedThreadPool(4);
  }

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  @Test
  void theDeadlineRacingAResubmissionEitherTakesTheNewVersionOrRefusesItAndLosesNoApplication() throws Exception {
    int accepted = 0;
    for (int round = 0; round < repetitions(); round++) {
      Instant deadline = openCall(round);
      ProcessInstance first = submit(validForm(1));
      String caseNumber = first.getBusinessKey();
      executeDueJobs();
      Job closeIntake = closeIntakeJobAt(deadline.minusSeconds(1));

      Map<String, Object> revised = validForm(1);
      revised.put("clusterName", "Blå Vekst revidert " + round);
      var outcomes = race(
          () -> execute(closeIntake),
          () -> submit(revised));
      retryJobsThatLostTheRace(outcomes.get(0));
      executeDueJobs();

      boolean resubmitted = outcomes.get(1).succeeded();
      if (resubmitted) {
        accepted++;
      } else {
        assertThat(ValidationException.findIn(outcomes.get(1).failure())).as("round %d: refused, intake closed", round)
            .isPresent();
      }
      long callId = callId();
      assertThat(count("select count(*) from cluster_call where id = ? and status = 'CLOSED'", callId)).isEqualTo(1);
      int versions = resubmitted ? 2 : 1;
      assertThat(count("select count(*) from application_version where case_number = ?", caseNumber))
          .as("round %d: versions stored", round).isEqualTo(versions);
      List<ProcessInstance> running = runtimeService.createProcessInstanceQuery()
          .processDefinitionKey(ApplicationVariables.PROCESS_KEY).processInstanceBusinessKey(caseNumber).list();
      assertThat(running).as("round %d: one running version", round).hasSize(1);
      String current = resubmitted ? ((ProcessInstance) outcomes.get(1).value()).getId() : first.getId();
      assertThat(running.get(0).getId()).isEqualTo(current);
      assertThat(passedIntakeClosed(current)).as("round %d: the current version got the deadline once", round)
          .isEqualTo(1);
      assertThat(runtimeService.createEventSubscriptionQuery().eventName(ApplicationVariables.MESSAGE_INTAKE_CLOSED)
          .count()).as("round %d: nobody left waiting for the deadline", round).isZero();
      assertThat(count("select count(*) from notification_log where case_number = ? and kind = 'RECEIPT'", caseNumber))
          .as("round %d: one receipt per version", round).isEqualTo(versions);
      finishCall(current);
    }
    assertThat(receiptMails()).hasSize(repetitions() + accepted);
  }

  @Test
  void theDeadlineRacingLastMinuteReceiptsReachesEveryApplicationOnceAndEveryReceiptGoesOut() throws Exception {
    for (int round = 0; round < repetitions(); round++) {
      Instant deadline = openCall(round);
      List<ProcessInstance> applications = List.of(submit(validForm(1)), submit(validForm(2)), submit(validForm(3)));
      Job closeIntake = closeIntakeJobAt(deadline.minusSeconds(1));
      List<Job> receipts = managementService.createJobQuery().activityId("Activity_SendReceipt").list();
      assertThat(receipts).hasSize(3);

      List<Callable<?>> sides = new ArrayList<>();
      sides.add(() -> execute(closeIntake));
      receipts.forEach(receipt -> sides.add(() -> execute(receipt)));
      var outcomes = raceAll(sides);
      outcomes.forEach(this::retryJobsThatLostTheRace);
      executeDueJobs();

      for (ProcessInstance application : applications) {
        assertThat(passedIntakeClosed(application.getId())).as("round %d: %s got the deadline once", round,
            application.getBusinessKey()).isEqualTo(1);
        assertThat(count("select count(*) from notification_log where case_number = ? and kind = 'RECEIPT'",
            application.getBusinessKey())).as("round %d: one receipt", round).isEqualTo(1);
      }
      assertThat(runtimeService.createEventSubscriptionQuery().eventName(ApplicationVariables.MESSAGE_INTAKE_CLOSED)
          .count()).isZero();
      applications.forEach(this::finishCall);
    }
    assertThat(receiptMails()).hasSize(3 * repetitions());
  }

  @Test
  void theDeadlineRacingNewSubmissionsInParallelTakesOrRefusesEachAndCountsEveryCaseItTook() throws Exception {
    for (int round = 0; round < repetitions(); round++) {
      Instant deadline = openCall(round);
      Job closeIntake = closeIntakeJobAt(deadline.minusSeconds(1));
      List<Callable<?>> sides = new ArrayList<>();
      sides.add(() -> execute(closeIntake));
      for (int applicant = 1; applicant <= 3; applicant++) {
        Map<String, Object> form = validForm(applicant);
        sides.add(() -> submit(form));
      }
      var outcomes = raceAll(sides);
      retryJobsThatLostTheRace(outcomes.get(0));
      executeDueJobs();

      List<ProcessInstance> taken = new ArrayList<>();
      for (var outcome : outcomes.subList(1, outcomes.size())) {
        if (outcome.succeeded()) {
          taken.add((ProcessInstance) outcome.value());
        } else {
          assertThat(ValidationException.findIn(outcome.failure())).as("round %d: refused, intake closed", round)
              .isPresent();
        }
      }
      long callId = callId();
      assertThat(count("select count(*) from application_case where call_id = ?", callId))
          .as("round %d: a case for each submission taken", round).isEqualTo(taken.size());
      assertThat(count("select case_count from cluster_call where id = ?", callId))
          .as("round %d: the close counted every case taken", round).isEqualTo(taken.size());
      for (ProcessInstance application : taken) {
        assertThat(passedIntakeClosed(application.getId())).as("round %d: %s got the deadline once", round,
            application.getBusinessKey()).isEqualTo(1);
      }
      assertThat(runtimeService.createEventSubscriptionQuery().eventName(ApplicationVariables.MESSAGE_INTAKE_CLOSED)
          .count()).as("round %d: nobody left waiting for the deadline", round).isZero();
      finishCall("");
      taken.forEach(this::finishCall);
    }
  }

  @Test
  void theCouncilDecidingAsTheAnnouncementFallsDueGetsNoErrorAndTheDecisionIsAnnouncedOnce() throws Exception {
    for (int round = 0; round < repetitions(); round++) {
      Instant deadline = openCall(round);
      ProcessInstance application = submit(eligibleForm(10 + round));
      setClock(deadline);
      executeDueJobs();
      review(application);
      String call = callInstance();
      Task recommend = task(call, "Task_Recommend");
      taskService.claim(recommend.getId(), "officer1");
      taskService.complete(recommend.getId(), Map.of());

      Job announcementDate = managementService.createJobQuery().processInstanceId(call).activityId("Event_AnnouncementDate")
          .singleResult();
      setClock(announcementDate.getDuedate().toInstant());
      Task decide = task(call, "Task_Decide");
      taskService.claim(decide.getId(), "council1");
      var outcomes = race(
          () -> execute(announcementDate),
          () -> {
            taskService.complete(decide.getId(), Map.of());
            return null;
          });
      assertThat(outcomes.get(1).failure()).as("round %d: the council's decision", round).isNull();
      retryJobsThatLostTheRace(outcomes.get(0));
      executeDueJobs();

      assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(call).count())
          .as("round %d: the call has announced and ended", round).isZero();
      assertThat(count("select count(*) from decision where case_number = ?", application.getBusinessKey()))
          .isEqualTo(1);
      assertThat(count("select count(*) from notification_log where case_number = ? and kind = 'DECISION'",
          application.getBusinessKey())).as("round %d: one decision letter", round).isEqualTo(1);
      assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(application.getId())
          .activityId("Activity_AwaitDecision").finished().count()).as("round %d: announced once", round).isEqualTo(1);
    }
  }

  @Test
  void theLastConsensusRacingAnotherApplicationsAssessmentTellsTheCallOnceThatAllAreAssessed() throws Exception {
    for (int round = 0; round < repetitions(); round++) {
      Instant deadline = openCall(round);
      ProcessInstance disputed = submit(eligibleForm(10 + round));
      ProcessInstance agreed = submit(eligibleForm(40 + round));
      setClock(deadline);
      executeDueJobs();
      review(disputed, 1.0);
      Task consensus = task(reviewOf(disputed), "Task_Consensus");
      taskService.claim(consensus.getId(), "officer1");
      reviewWithoutRunningJobs(agreed, 4.0);
      Job reportAgreed = runJobsUntil(agreed, "Activity_ReportScored");
      String call = callInstance();

      var outcomes = race(
          () -> {
            taskService.complete(consensus.getId(), Map.of(ReviewVariables.consensus(Criterion.SYNERGY), 3.5,
                ReviewVariables.CONSENSUS_JUSTIFICATION, "Omforent etter møte."));
            return null;
          },
          () -> execute(reportAgreed));
      assertThat(outcomes.get(0).failure()).as("round %d: the case officer's consensus", round).isNull();
      retryJobsThatLostTheRace(outcomes.get(1));
      executeDueJobs();

      assertThat(task(call, "Task_Recommend")).as("round %d: the call moved on to the recommendation", round)
          .isNotNull();
      assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(call)
          .activityId("Event_AllAssessed").finished().count()).as("round %d: told once", round).isEqualTo(1);
      assertThat(count("select assessed_count from cluster_call where id = ?", callId())).isEqualTo(2);
      finishCall(disputed);
      finishCall(agreed);
    }
  }

  @Test
  void aDecisionLetterGoingOutAsAnAdministratorSavesTheCaseInCockpitIsSentOnce() throws Exception {
    for (int round = 0; round < repetitions(); round++) {
      Instant deadline = openCall(round);
      ProcessInstance application = submit(eligibleForm(10 + round));
      String caseNumber = application.getBusinessKey();
      setClock(deadline);
      executeDueJobs();
      review(application);
      String call = callInstance();
      Task recommend = task(call, "Task_Recommend");
      taskService.claim(recommend.getId(), "officer1");
      taskService.complete(recommend.getId(), Map.of());
      Task decide = task(call, "Task_Decide");
      taskService.claim(decide.getId(), "council1");
      taskService.complete(decide.getId(), Map.of(DecisionVariables.REJECT_INSTEAD, List.of(caseNumber),
          DecisionVariables.DEVIATION_JUSTIFICATION, "Budsjettet rekker ikke."));
      setClock(managementService.createJobQuery().processInstanceId(call).activityId("Event_AnnouncementDate")
          .singleResult().getDuedate().toInstant());
      Job letter = runAllJobsUntil(application, "Activity_SendDecisionLetter");
      int mailsBefore = greenMail.getReceivedMessages().length;

      // Saving a variable unchanged, as Cockpit's variable editor does, touches the row the
      // rejected case's end would delete.
      Object clusterName = runtimeService.getVariable(application.getId(), ApplicationVariables.CLUSTER_NAME);
      var outcomes = race(
          () -> execute(letter),
          () -> {
            runtimeService.setVariable(application.getId(), ApplicationVariables.CLUSTER_NAME, clusterName);
            return null;
          });
      assertThat(outcomes.get(1).failure()).as("round %d: the administrator's save", round).isNull();
      retryJobsThatLostTheRace(outcomes.get(0));
      executeDueJobs();

      assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(application.getId()).count())
          .as("round %d: the rejected case has ended", round).isZero();
      assertThat(count("select count(*) from notification_log where case_number = ? and kind = 'DECISION'", caseNumber))
          .as("round %d: one decision letter logged", round).isEqualTo(1);
      assertThat(greenMail.getReceivedMessages().length - mailsBefore).as("round %d: one decision letter sent", round)
          .isEqualTo(1);
    }
  }

  @Test
  void aReviewerSubmittingAsTheNightlyRunStartsTheFollowUpGetsNoErrorAndNoLetterFollows() throws Exception {
    reviewerRacing(null);
  }

  @Test
  void aReviewerSubmittingAsTheReminderFallsDueGetsNoErrorAndTheReviewCountsOnce() throws Exception {
    reviewerRacing("Event_ReminderDue");
  }

  @Test
  void aReviewerSubmittingAsTheReviewFallsOverdueGetsNoErrorAndTheReviewCountsOnce() throws Exception {
    reviewerRacing("Event_ReviewOverdue");
  }

  /**
   * The reviewer's task waits on no timer of its own: the nightly run and the follow-up it starts
   * only read the slot, and the task commits its completion alone (asyncAfter). Racing the nightly
   * run ({@code timerId} null) or a timer of the follow-up, the reviewer gets no error, the review
   * counts once, and the follow-up ends with the review.
   */
  private void reviewerRacing(String timerId) throws Exception {
    for (int round = 0; round < repetitions(); round++) {
      Instant deadline = openCall(round);
      ProcessInstance application = submit(eligibleForm(10 + round));
      String caseNumber = application.getBusinessKey();
      setClock(deadline);
      executeDueJobs();
      String reviewId = reviewOf(application);
      Task assign = task(reviewId, "Task_AssignReviewers");
      taskService.claim(assign.getId(), "officer2");
      taskService.complete(assign.getId(), Map.of(ReviewVariables.SELECTED_REVIEWERS, List.of("rev1", "rev2", "rev3")));
      taskService.complete(taskService.createTaskQuery().processInstanceId(reviewId)
          .taskDefinitionKey("Task_DeclareImpartiality").taskAssignee("rev1").singleResult().getId(),
          Map.of(ReviewVariables.CONFLICT_OF_INTEREST, false));
      Task review = taskService.createTaskQuery().processInstanceId(reviewId)
          .taskDefinitionKey("Task_ReviewApplication").taskAssignee("rev1").singleResult();
      // The night before the reminder's day: the review is due in a little over three days.
      setClock(review.getDueDate().toInstant().minus(Duration.ofDays(4)));
      Job job;
      if (timerId == null) {
        // The nightly timer only plans the next night and hands the run to a job of its own.
        managementService.executeJob(managementService.createJobQuery().processDefinitionKey("ReviewFollowUpSchedule")
            .timers().singleResult().getId());
        job = managementService.createJobQuery().processDefinitionKey("ReviewFollowUpSchedule").messages()
            .singleResult();
      } else {
        runReviewFollowUpSchedule();
        if (timerId.equals("Event_ReviewOverdue")) {
          // The follow-up waits for the overdue notice once the reminder has fallen due.
          setClock(followUpJob(caseNumber, "Event_ReminderDue").getDuedate().toInstant());
          executeDueJobs();
        }
        job = followUpJob(caseNumber, timerId);
        setClock(job.getDuedate().toInstant());
      }
      Map<String, Object> scores = new HashMap<>();
      for (Criterion criterion : Criterion.values()) {
        scores.put(ReviewVariables.score(criterion), 4.0);
        scores.put(ReviewVariables.justification(criterion), "Vurdering av " + criterion.displayName() + ".");
      }
      int mailsBefore = greenMail.getReceivedMessages().length;
      int lettersBefore = count("select count(*) from notification_log where case_number = ? and kind like 'REVIEW_%'",
          caseNumber);

      Job racing = job;
      var outcomes = race(
          () -> execute(racing),
          () -> {
            taskService.complete(review.getId(), scores);
            return null;
          });
      assertThat(outcomes.get(1).failure()).as("round %d: the reviewer's submission", round).isNull();
      retryJobsThatLostTheRace(outcomes.get(0));
      executeDueJobsOneByOne();

      assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(reviewId)
          .activityId("Activity_RecordReview").finished().count()).as("round %d: the review recorded once", round)
          .isEqualTo(1);
      assertThat(taskService.createTaskQuery().processInstanceId(reviewId).taskAssignee("rev1").count())
          .as("round %d: nothing left for the reviewer", round).isZero();
      assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ReviewFollowUps.PROCESS_KEY)
          .processInstanceBusinessKey(caseNumber).count()).as("round %d: no follow-up left with the review", round)
          .isZero();
      int letters = count("select count(*) from notification_log where case_number = ? and kind like 'REVIEW_%'",
          caseNumber) - lettersBefore;
      assertThat(letters).as("round %d: at most one letter about the review", round)
          .isLessThanOrEqualTo(timerId == null ? 0 : 1);
      assertThat(greenMail.getReceivedMessages().length - mailsBefore).as("round %d: every letter logged", round)
          .isEqualTo(letters);
      finishCall(application);
    }
  }

  private Job followUpJob(String caseNumber, String activityId) {
    return managementService.createJobQuery().processDefinitionKey(ReviewFollowUps.PROCESS_KEY)
        .activityId(activityId).list().stream()
        .filter(job -> runtimeService.createProcessInstanceQuery().processInstanceId(job.getProcessInstanceId())
            .processInstanceBusinessKey(caseNumber).count() == 1)
        .findFirst().orElseThrow(() -> new AssertionError("No follow-up of " + caseNumber + " waits at " + activityId));
  }

  /**
   * Opens a call of its own for each round, each later than the one before and all announced before
   * the yearly call opens on 1 June, and returns its deadline.
   */
  private Instant openCall(int round) {
    LocalDateTime opens = LocalDateTime.parse("2027-01-04T09:00").plusDays(5L * round);
    setClock(opens.atZone(OSLO).toInstant());
    LocalDateTime deadline = opens.plusDays(2).withHour(12).withMinute(0);
    runtimeService.startProcessInstanceByKey(CallVariables.PROCESS_KEY, Map.of(
        CallVariables.CALL_TITLE, "Utlysning " + round, CallVariables.DEADLINE_LOCAL, deadline.format(LOCAL)));
    return deadline.atZone(OSLO).toInstant();
  }

  /** The latest call, the one this round opened. */
  private long callId() {
    return jdbc.sql("select max(id) from cluster_call").query(Long.class).single();
  }

  private String callInstance() {
    return jdbc.sql("select process_instance_id from cluster_call where id = ?").param(callId())
        .query(String.class).single();
  }

  /** Lets the deadline timer fire a second before the deadline; returns the job that closes intake. */
  private Job closeIntakeJobAt(Instant instant) {
    Job timer = managementService.createJobQuery().timers().activityId("Event_DeadlineReached").singleResult();
    setClock(instant);
    managementService.executeJob(timer.getId());
    return managementService.createJobQuery().activityId("Activity_CloseIntake").singleResult();
  }

  /** As one applicant in Tasklist, who may then submit new versions of the case. */
  private ProcessInstance submit(Map<String, Object> form) {
    String definitionId = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(ApplicationVariables.PROCESS_KEY).latestVersion().singleResult().getId();
    identityService.setAuthentication("soker1", List.of(ProgrammeGroups.APPLICANTS));
    try {
      return formService.submitStartForm(definitionId, form);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private Object execute(Job job) {
    managementService.executeJob(job.getId());
    return null;
  }

  /** The review that the application calls once the formal check lets it through. */
  private String reviewOf(ProcessInstance application) {
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(application.getId()).singleResult().getId();
  }

  private Task task(String processInstanceId, String key) {
    return taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key).singleResult();
  }

  private void review(ProcessInstance application) {
    review(application, 4.0);
  }

  /** Three reviewers score every criterion 4, except that the first gives synergy {@code synergy}. */
  private void review(ProcessInstance application, double synergy) {
    reviewWithoutRunningJobs(application, synergy);
    executeDueJobs();
  }

  private void reviewWithoutRunningJobs(ProcessInstance application, double synergy) {
    String reviewId = reviewOf(application);
    Task assign = task(reviewId, "Task_AssignReviewers");
    taskService.claim(assign.getId(), "officer2");
    taskService.complete(assign.getId(), Map.of(ReviewVariables.SELECTED_REVIEWERS, List.of("rev1", "rev2", "rev3")));
    for (String reviewer : List.of("rev1", "rev2", "rev3")) {
      taskService.complete(taskService.createTaskQuery().processInstanceId(reviewId)
          .taskDefinitionKey("Task_DeclareImpartiality").taskAssignee(reviewer).singleResult().getId(),
          Map.of(ReviewVariables.CONFLICT_OF_INTEREST, false));
      Map<String, Object> scores = new HashMap<>();
      for (Criterion criterion : Criterion.values()) {
        boolean disputed = criterion == Criterion.SYNERGY && reviewer.equals("rev1");
        scores.put(ReviewVariables.score(criterion), disputed ? synergy : 4.0);
        scores.put(ReviewVariables.justification(criterion), "Vurdering av " + criterion.displayName() + ".");
      }
      taskService.complete(taskService.createTaskQuery().processInstanceId(reviewId)
          .taskDefinitionKey("Task_ReviewApplication").taskAssignee(reviewer).singleResult().getId(), scores);
    }
  }

  /**
   * Runs the due jobs of the instance and of the review it calls until the one at {@code activityId}
   * is all that is left, and returns it.
   */
  private Job runJobsUntil(ProcessInstance instance, String activityId) {
    for (int round = 0; round < 100; round++) {
      Job waiting = managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
          .singleResult();
      if (waiting != null) {
        return waiting;
      }
      List<String> instances = new ArrayList<>(List.of(instance.getId()));
      runtimeService.createProcessInstanceQuery().superProcessInstanceId(instance.getId()).list()
          .forEach(review -> instances.add(review.getId()));
      instances.forEach(id -> managementService.createJobQuery().processInstanceId(id).executable().list()
          .forEach(job -> managementService.executeJob(job.getId())));
    }
    throw new AssertionError("No job at " + activityId);
  }

  /** Like executeDueJobs, but asks again after each job: finishing a review removes its reminder's job. */
  private void executeDueJobsOneByOne() {
    for (int round = 0; round < 100; round++) {
      List<Job> due = managementService.createJobQuery().executable().listPage(0, 1);
      if (due.isEmpty()) {
        return;
      }
      managementService.executeJob(due.get(0).getId());
    }
    throw new AssertionError("Jobs kept becoming due after 100 jobs");
  }

  /** Runs every due job of every instance until the instance waits in a job at {@code activityId}, and returns it. */
  private Job runAllJobsUntil(ProcessInstance instance, String activityId) {
    for (int round = 0; round < 100; round++) {
      Job waiting = managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
          .singleResult();
      if (waiting != null) {
        return waiting;
      }
      managementService.createJobQuery().executable().list()
          .forEach(job -> managementService.executeJob(job.getId()));
    }
    throw new AssertionError("No job at " + activityId);
  }

  private long passedIntakeClosed(String processInstanceId) {
    return historyService.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
        .activityId("Event_IntakeClosed").finished().count();
  }

  /** Ends the round's applications and call, so the next round starts with nothing running. */
  private void finishCall(ProcessInstance application) {
    finishCall(application.getId());
  }

  private void finishCall(String applicationId) {
    for (String key : List.of(CallVariables.PROCESS_KEY, ReviewFollowUps.PROCESS_KEY)) {
      runtimeService.createProcessInstanceQuery().processDefinitionKey(key).list()
          .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "round over", true, true));
    }
    if (runtimeService.createProcessInstanceQuery().processInstanceId(applicationId).count() > 0) {
      runtimeService.deleteProcessInstance(applicationId, "round over", true, true);
    }
  }

  private List<jakarta.mail.internet.MimeMessage> receiptMails() {
    return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
      try {
        return m.getSubject().startsWith("Kvittering:");
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  /** A job that lost a race to another transaction failed with an optimistic lock, and runs again later. */
  private void retryJobsThatLostTheRace(Outcome<?> outcome) {
    if (outcome.failure() != null) {
      assertThat(outcome.failure()).isInstanceOf(OptimisticLockingException.class);
      setClock(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant().plus(RETRY_DELAY));
    }
  }

  record Outcome<T>(T value, Throwable failure) {
    boolean succeeded() {
      return failure == null;
    }
  }

  @SuppressWarnings("unchecked")
  private <A, B> List<Outcome<Object>> race(Callable<A> first, Callable<B> second) throws Exception {
    return raceAll(List.of((Callable<Object>) first, (Callable<Object>) second));
  }

  /** Runs every side on a thread of its own, all released at the same moment. */
  private List<Outcome<Object>> raceAll(List<? extends Callable<?>> sides) throws Exception {
    CyclicBarrier start = new CyclicBarrier(sides.size());
    List<Future<Object>> running = new ArrayList<>();
    for (Callable<?> side : sides) {
      running.add(threads.submit(() -> {
        start.await();
        return side.call();
      }));
    }
    List<Outcome<Object>> outcomes = new ArrayList<>();
    for (Future<Object> side : running) {
      try {
        outcomes.add(new Outcome<>(side.get(), null));
      } catch (ExecutionException e) {
        outcomes.add(new Outcome<>(null, e.getCause()));
      }
    }
    return outcomes;
  }
}
