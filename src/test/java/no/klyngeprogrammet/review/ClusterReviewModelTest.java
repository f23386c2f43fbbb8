package no.klyngeprogrammet.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code ClusterReview} alone, in a plain in-memory engine, with its delegates and listeners mocked:
 * one test per path through the model. The whole application's tests (ReviewProcessTest and the
 * cycles) cover the same model with the real delegates and the database.
 */
@Deployment(resources = "processes/ClusterReview.bpmn")
class ClusterReviewModelTest {

  static final Instant ASSIGNED = Instant.parse("2027-09-16T07:00:00Z");
  static final Duration DUE_AFTER = Duration.ofDays(14);
  static final Duration REMINDER_BEFORE = Duration.ofDays(3);

  /** A separate engine, not the Spring application's, registered under a name of its own. */
  static ProcessEngine plainEngine() {
    var configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setExpressionManager(new MockExpressionManager());
    configuration.setProcessEngineName("cluster-review-model");
    configuration.setJdbcUrl("jdbc:h2:mem:cluster-review-model;DB_CLOSE_DELAY=-1");
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setJobExecutorActivate(false);
    return configuration.buildProcessEngine();
  }

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessEngineExtension.builder().useProcessEngine(plainEngine()).build();

  /** Injected by the extension. */
  ProcessEngine engine;

  final JavaDelegate recordConflict = mock(JavaDelegate.class);
  final JavaDelegate sendReminder = mock(JavaDelegate.class);
  final JavaDelegate sendOverdueNotice = mock(JavaDelegate.class);
  final JavaDelegate recordReview = mock(JavaDelegate.class);
  final JavaDelegate recordFinalScores = mock(JavaDelegate.class);
  final TaskListener consensusListener = mock(TaskListener.class);
  boolean reviewersDisagree;

  @BeforeEach
  void mockedBeans() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(ASSIGNED));
    TaskListener noOp = task -> { };
    Mocks.register("assignReviewersTaskListener", (TaskListener) task -> {
      if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
        task.setVariable(ReviewVariables.REVIEWERS, Variables.untypedValue(
            new ArrayList<>((List<?>) task.getVariable(ReviewVariables.SELECTED_REVIEWERS)), true));
      }
    });
    Mocks.register("registerAssignmentDelegate", (JavaDelegate) this::registerAssignment);
    Mocks.register("impartialityTaskListener", noOp);
    Mocks.register("recordConflictDelegate", recordConflict);
    Mocks.register("replaceReviewerTaskListener", noOp);
    Mocks.register("replaceReviewerDelegate", (JavaDelegate) execution ->
        execution.setVariable(ReviewVariables.REVIEWER, execution.getVariable(ReviewVariables.REPLACEMENT_REVIEWER)));
    Mocks.register("reviewTaskListener", noOp);
    Mocks.register("sendReviewReminderDelegate", sendReminder);
    Mocks.register("sendOverdueNoticeDelegate", sendOverdueNotice);
    Mocks.register("recordReviewDelegate", recordReview);
    Mocks.register("scoreApplicationDelegate", (JavaDelegate) execution ->
        execution.setVariable(ReviewVariables.NEEDS_CONSENSUS, reviewersDisagree));
    Mocks.register("consensusTaskListener", consensusListener);
    Mocks.register("recordFinalScoresDelegate", recordFinalScores);
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @AfterAll
  static void closeEngine() {
    extension.getProcessEngine().close();
  }

  /** What the real delegate leaves in the slot: the due dates, and a fresh declaration. */
  void registerAssignment(DelegateExecution execution) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    execution.setVariableLocal(ReviewVariables.ASSIGNMENT_ID, 1L);
    execution.setVariableLocal(ReviewVariables.REVIEW_DUE_DATE, Date.from(now.plus(DUE_AFTER)));
    execution.setVariableLocal(ReviewVariables.REVIEW_REMINDER_DATE, Date.from(now.plus(DUE_AFTER).minus(REMINDER_BEFORE)));
    execution.setVariableLocal(ReviewVariables.CONFLICT_OF_INTEREST, false);
    execution.setVariableLocal(ReviewVariables.KEEP_REVIEWER, false);
    execution.setVariableLocal(ReviewVariables.REPLACEMENT_REVIEWER, "");
  }

  ProcessInstance reviewAssignedTo(String... reviewers) {
    ProcessInstance review = runtimeService().startProcessInstanceByKey("ClusterReview", "NIC-2027-0001",
        Map.of("caseNumber", "NIC-2027-0001", "version", 1));
    assertThat(review).isWaitingAt("Task_AssignReviewers");
    complete(taskQuery().processInstanceId(review.getId()).taskDefinitionKey("Task_AssignReviewers").singleResult(),
        withVariables(ReviewVariables.SELECTED_REVIEWERS, List.of(reviewers)));
    return review;
  }

  Task taskOf(ProcessInstance review, String key, String reviewer) {
    return taskQuery().processInstanceId(review.getId()).taskDefinitionKey(key).taskAssignee(reviewer).singleResult();
  }

  Task task(ProcessInstance review, String key) {
    return taskQuery().processInstanceId(review.getId()).taskDefinitionKey(key).singleResult();
  }

  void declareImpartial(ProcessInstance review, String reviewer) {
    complete(taskOf(review, "Task_DeclareImpartiality", reviewer),
        withVariables(ReviewVariables.CONFLICT_OF_INTEREST, false));
  }

  void score(ProcessInstance review, String reviewer) {
    complete(taskOf(review, "Task_ReviewApplication", reviewer));
    executeDueJobs();
  }

  void executeDueJobs() {
    ManagementService management = engine.getManagementService();
    for (List<Job> due = management.createJobQuery().executable().list(); !due.isEmpty();
        due = management.createJobQuery().executable().list()) {
      due.forEach(job -> management.executeJob(job.getId()));
    }
  }

  @Test
  void impartialReviewersInAgreementGiveTheFinalScores() throws Exception {
    ProcessInstance review = reviewAssignedTo("rev1", "rev2", "rev3");
    assertThat(taskQuery().processInstanceId(review.getId()).taskDefinitionKey("Task_DeclareImpartiality").count())
        .isEqualTo(3);
    for (String reviewer : List.of("rev1", "rev2", "rev3")) {
      declareImpartial(review, reviewer);
      score(review, reviewer);
    }
    assertThat(review).hasPassed("Activity_RecordReview", "EndEvent_ReviewDone", "Activity_ScoreApplication",
        "Gateway_MergeConsensus", "Activity_RecordFinalScores", "EndEvent_ReviewCompleted")
        .hasNotPassed("Task_Consensus", "Activity_RecordConflict").isEnded();
    verify(recordReview, times(3)).execute(any());
    verify(recordFinalScores).execute(any());
  }

  @Test
  void aDeclaredConflictIsRecordedAndTheNamedReplacementDeclaresInstead() throws Exception {
    ProcessInstance review = reviewAssignedTo("rev1", "rev2", "rev3");
    complete(taskOf(review, "Task_DeclareImpartiality", "rev1"),
        withVariables(ReviewVariables.CONFLICT_OF_INTEREST, true));
    verify(recordConflict).execute(any());
    complete(task(review, "Task_NameReplacement"), withVariables(ReviewVariables.REPLACEMENT_REVIEWER, "rev4"));

    assertThat(review).hasPassed("Gateway_MergeReplacement", "Activity_ReplaceReviewer");
    assertThat(taskOf(review, "Task_DeclareImpartiality", "rev4")).isNotNull();
    for (String reviewer : List.of("rev2", "rev3", "rev4")) {
      declareImpartial(review, reviewer);
      score(review, reviewer);
    }
    assertThat(review).isEnded();
    verify(recordReview, times(3)).execute(any());
  }

  @Test
  void aReminderGoesOutBeforeTheDueDateAndALateReviewerIsReplaced() throws Exception {
    ProcessInstance review = reviewAssignedTo("rev1", "rev2", "rev3");
    for (String reviewer : List.of("rev1", "rev2", "rev3")) {
      declareImpartial(review, reviewer);
    }
    score(review, "rev1");
    score(review, "rev2");

    ClockUtil.setCurrentTime(Date.from(ASSIGNED.plus(DUE_AFTER).minus(REMINDER_BEFORE)));
    executeDueJobs();
    assertThat(review).hasPassed("Event_ReminderDue", "Gateway_ReminderSplit", "Activity_SendReviewReminder",
        "EndEvent_ReminderSent");
    verify(sendReminder).execute(any());
    verify(sendOverdueNotice, never()).execute(any());

    ClockUtil.setCurrentTime(Date.from(ASSIGNED.plus(DUE_AFTER)));
    executeDueJobs();
    verify(sendOverdueNotice).execute(any());
    complete(task(review, "Task_DecideLateReview"), withVariables(ReviewVariables.KEEP_REVIEWER, false,
        ReviewVariables.REPLACEMENT_REVIEWER, "rev4"));

    assertThat(review).hasPassed("Gateway_ReplaceLateReviewer", "EndEvent_ReplaceReviewer", "Event_ReviewerReplaced",
        "Activity_ReplaceReviewer");
    assertThat(taskOf(review, "Task_ReviewApplication", "rev3")).as("the late reviewer's task is withdrawn").isNull();
    declareImpartial(review, "rev4");
    score(review, "rev4");
    assertThat(review).isEnded();
  }

  @Test
  void untilTheReminderEachSlotWaitsOnOneTimerAndAReminderThatCannotBeSentDoesNotHoldBackTheOverdueNotice()
      throws Exception {
    ProcessInstance review = reviewAssignedTo("rev1", "rev2", "rev3");
    for (String reviewer : List.of("rev1", "rev2", "rev3")) {
      declareImpartial(review, reviewer);
    }
    ManagementService management = engine.getManagementService();
    assertThat(management.createJobQuery().processInstanceId(review.getId()).timers().count())
        .as("one timer per slot before the reminder").isEqualTo(3);
    assertThat(management.createJobQuery().processInstanceId(review.getId()).activityId("Event_ReminderDue").count())
        .isEqualTo(3);

    doThrow(new IllegalStateException("Postkassen svarer ikke")).when(sendReminder).execute(any());
    ClockUtil.setCurrentTime(Date.from(ASSIGNED.plus(DUE_AFTER).minus(REMINDER_BEFORE)));
    for (Job timer : management.createJobQuery().processInstanceId(review.getId()).timers().executable().list()) {
      management.executeJob(timer.getId());
    }
    assertThat(management.createJobQuery().processInstanceId(review.getId()).activityId("Event_ReviewOverdue").count())
        .as("the overdue timers wait once the reminders fell due").isEqualTo(3);
    for (Job send : management.createJobQuery().processInstanceId(review.getId()).activityId("Activity_SendReviewReminder").list()) {
      assertThatThrownBy(() -> management.executeJob(send.getId())).hasMessageContaining("Postkassen svarer ikke");
      management.setJobRetries(send.getId(), 0);
    }

    ClockUtil.setCurrentTime(Date.from(ASSIGNED.plus(DUE_AFTER)));
    executeDueJobs();
    verify(sendOverdueNotice, times(3)).execute(any());
    assertThat(taskQuery().processInstanceId(review.getId()).taskDefinitionKey("Task_DecideLateReview").count())
        .as("every late slot goes to a case officer, reminded or not").isEqualTo(3);
    assertThat(management.createJobQuery().processInstanceId(review.getId()).withException().count())
        .as("the reminders that could not be sent wait for an administrator").isEqualTo(3);
  }

  @Test
  void aLateReviewerCanBeKeptAndTheirReviewStillCounts() throws Exception {
    ProcessInstance review = reviewAssignedTo("rev1", "rev2", "rev3");
    for (String reviewer : List.of("rev1", "rev2", "rev3")) {
      declareImpartial(review, reviewer);
    }
    score(review, "rev1");
    score(review, "rev2");
    ClockUtil.setCurrentTime(Date.from(ASSIGNED.plus(DUE_AFTER)));
    executeDueJobs();
    complete(task(review, "Task_DecideLateReview"), withVariables(ReviewVariables.KEEP_REVIEWER, true));

    assertThat(review).hasPassed("EndEvent_KeepReviewer").hasNotPassed("EndEvent_ReplaceReviewer");
    score(review, "rev3");
    assertThat(review).hasPassed("EndEvent_Scored").isEnded();
    verify(recordReview, times(3)).execute(any());
  }

  @Test
  void aLargeDisagreementGoesToTheCaseOfficerForConsensus() throws Exception {
    reviewersDisagree = true;
    ProcessInstance review = reviewAssignedTo("rev1", "rev2", "rev3");
    for (String reviewer : List.of("rev1", "rev2", "rev3")) {
      declareImpartial(review, reviewer);
      score(review, reviewer);
    }
    assertThat(review).isWaitingAt("Task_Consensus");
    complete(task(review, "Task_Consensus"));

    assertThat(review).hasPassed("Gateway_MergeConsensus", "Activity_RecordFinalScores").isEnded();
    verify(consensusListener).notify(any());
    verify(recordFinalScores).execute(any());
  }
}
