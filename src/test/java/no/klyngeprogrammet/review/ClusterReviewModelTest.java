package no.klyngeprogrammet.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import no.klyngeprogrammet.support.PlainEngine;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
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

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessEngineExtension.builder()
      .useProcessEngine(PlainEngine.named("cluster-review-model")).build();

  /** Injected by the extension. */
  ProcessEngine engine;

  final JavaDelegate recordConflict = mock(JavaDelegate.class);
  final JavaDelegate recordReview = mock(JavaDelegate.class);
  final JavaDelegate recordFinalScores = mock(JavaDelegate.class);
  final TaskListener consensusListener = mock(TaskListener.class);
  boolean reviewersDisagree;
  long assignments;

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
    execution.setVariableLocal(ReviewVariables.ASSIGNMENT_ID, ++assignments);
    execution.setVariableLocal(ReviewVariables.REVIEW_DUE_DATE, Date.from(now.plus(DUE_AFTER)));
    execution.setVariableLocal(ReviewVariables.CONFLICT_OF_INTEREST, false);
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
  void aSlotWaitsOnNoTimerAndItsOpenReviewTaskCanBeWithdrawnForAReplacement() throws Exception {
    ProcessInstance review = reviewAssignedTo("rev1", "rev2", "rev3");
    for (String reviewer : List.of("rev1", "rev2", "rev3")) {
      declareImpartial(review, reviewer);
    }
    ManagementService management = engine.getManagementService();
    assertThat(management.createJobQuery().processInstanceId(review.getId()).count())
        .as("the reminder and the due date are followed up outside the slot").isZero();
    score(review, "rev1");
    score(review, "rev2");

    long late = (Long) engine.getTaskService().getVariable(taskOf(review, "Task_ReviewApplication", "rev3").getId(),
        ReviewVariables.ASSIGNMENT_ID);
    var taskScope = runtimeService().createExecutionQuery()
        .messageEventSubscriptionName(ReviewFollowUps.replacementMessage(late)).singleResult();
    assertThat(taskScope).as("the open review task waits for its own replacement message").isNotNull();
    runtimeService().setVariable(taskScope.getId(), ReviewVariables.REPLACEMENT_REVIEWER, "rev4");
    runtimeService().messageEventReceived(ReviewFollowUps.replacementMessage(late), taskScope.getId());

    assertThat(review).hasPassed("Event_ReviewerReplaced", "Gateway_MergeReplacement", "Activity_ReplaceReviewer");
    assertThat(taskOf(review, "Task_ReviewApplication", "rev3")).as("the late reviewer's task is withdrawn").isNull();
    declareImpartial(review, "rev4");
    score(review, "rev4");
    assertThat(review).isEnded();
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
