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

import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import no.klyngeprogrammet.support.PlainEngine;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.Mockito;

/**
 * {@code ReviewFollowUp} and its daily schedule alone, in a plain in-memory engine, with their
 * delegates mocked: one test per path. ReviewProcessTest runs them with the real delegates, the
 * review's slot and the database.
 */
@Deployment(resources = {"processes/ReviewFollowUp.bpmn", "processes/ReviewFollowUpSchedule.bpmn"})
class ReviewFollowUpModelTest {

  static final Instant STARTED = Instant.parse("2027-09-27T00:00:00Z");
  static final Instant REMINDER = Instant.parse("2027-09-27T07:00:00Z");
  static final Instant DUE = Instant.parse("2027-09-30T07:00:00Z");

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessEngineExtension.builder()
      .useProcessEngine(PlainEngine.named("review-follow-up-model")).build();

  /** Injected by the extension. */
  ProcessEngine engine;

  final JavaDelegate sendReminder = mock(JavaDelegate.class);
  final JavaDelegate sendOverdueNotice = mock(JavaDelegate.class);
  final JavaDelegate replaceLateReviewer = mock(JavaDelegate.class);
  final JavaDelegate startFollowUps = mock(JavaDelegate.class);

  @BeforeEach
  void mockedBeans() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(STARTED));
    Mocks.register("sendReviewReminderDelegate", sendReminder);
    Mocks.register("sendOverdueNoticeDelegate", sendOverdueNotice);
    Mocks.register("replaceReviewerTaskListener", (TaskListener) task -> { });
    Mocks.register("replaceLateReviewerDelegate", replaceLateReviewer);
    Mocks.register("startReviewFollowUpsDelegate", startFollowUps);
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

  ProcessInstance followUp() {
    return runtimeService().startProcessInstanceByKey("ReviewFollowUp", "NIC-2027-0001", Map.of(
        ReviewVariables.ASSIGNMENT_ID, 7L, "caseNumber", "NIC-2027-0001", "version", 1,
        ReviewVariables.REVIEWER, "rev3", ReviewVariables.REVIEW_REMINDER_DATE, Date.from(REMINDER),
        ReviewVariables.REVIEW_DUE_DATE, Date.from(DUE), ReviewVariables.KEEP_REVIEWER, false,
        ReviewVariables.REPLACEMENT_REVIEWER, ""));
  }

  void at(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
    ManagementService management = engine.getManagementService();
    for (List<Job> due = management.createJobQuery().executable().list(); !due.isEmpty();
        due = management.createJobQuery().executable().list()) {
      due.forEach(job -> management.executeJob(job.getId()));
    }
  }

  @Test
  void theReminderWaitsForItsTimeAndADeliveredReviewEndsTheFollowUp() throws Exception {
    ProcessInstance followUp = followUp();
    assertThat(followUp).isWaitingAt("Event_ReminderDue");
    at(REMINDER.minusSeconds(1));
    verify(sendReminder, never()).execute(any());

    at(REMINDER);
    verify(sendReminder).execute(any());
    assertThat(followUp).hasPassed("Gateway_FollowUpSplit", "Activity_SendReviewReminder", "EndEvent_ReminderSent")
        .isWaitingAt("Event_ReviewOverdue");

    runtimeService().createMessageCorrelation(ReviewFollowUps.DELIVERED).processInstanceBusinessKey("NIC-2027-0001")
        .processInstanceVariableEquals(ReviewVariables.ASSIGNMENT_ID, 7L).correlateAllWithResult();
    assertThat(followUp).hasPassed("StartEvent_ReviewDelivered", "EndEvent_FollowUpEnded").isEnded();
    at(DUE);
    verify(sendOverdueNotice, never()).execute(any());
  }

  @Test
  void aLateReviewerCanBeKept() throws Exception {
    ProcessInstance followUp = followUp();
    at(DUE);
    verify(sendOverdueNotice).execute(any());
    complete(taskQuery().processInstanceId(followUp.getId()).taskDefinitionKey("Task_DecideLateReview").singleResult(),
        withVariables(ReviewVariables.KEEP_REVIEWER, true));
    assertThat(followUp).hasPassed("EndEvent_KeepReviewer").hasNotPassed("Activity_ReplaceLateReviewer").isEnded();
  }

  @Test
  void aLateReviewerCanBeReplaced() throws Exception {
    ProcessInstance followUp = followUp();
    at(DUE);
    complete(taskQuery().processInstanceId(followUp.getId()).taskDefinitionKey("Task_DecideLateReview").singleResult(),
        withVariables(ReviewVariables.KEEP_REVIEWER, false, ReviewVariables.REPLACEMENT_REVIEWER, "rev4"));
    verify(replaceLateReviewer).execute(any());
    assertThat(followUp).hasPassed("Gateway_ReplaceLateReviewer", "Activity_ReplaceLateReviewer",
        "EndEvent_ReviewerReplaced").isEnded();
  }

  @Test
  void aReminderThatCannotBeSentDoesNotHoldBackTheOverdueNotice() throws Exception {
    doThrow(new IllegalStateException("Postkassen svarer ikke")).when(sendReminder).execute(any());
    ProcessInstance followUp = followUp();
    ClockUtil.setCurrentTime(Date.from(REMINDER));
    ManagementService management = engine.getManagementService();
    management.executeJob(management.createJobQuery().processInstanceId(followUp.getId()).timers().singleResult().getId());
    Job send = management.createJobQuery().processInstanceId(followUp.getId()).activityId("Activity_SendReviewReminder")
        .singleResult();
    assertThatThrownBy(() -> management.executeJob(send.getId())).hasMessageContaining("Postkassen svarer ikke");
    management.setJobRetries(send.getId(), 0);

    at(DUE);
    verify(sendOverdueNotice).execute(any());
    assertThat(taskQuery().processInstanceId(followUp.getId()).taskDefinitionKey("Task_DecideLateReview").count())
        .as("the late review goes to a case officer, reminded or not").isEqualTo(1);
    assertThat(management.createJobQuery().processInstanceId(followUp.getId()).withException().count())
        .as("the reminder that could not be sent waits for an administrator").isEqualTo(1);
  }

  @Test
  void theScheduleRunsEveryNightAtTwoAndARunThatFailsStopsNoLaterNight() throws Exception {
    ManagementService management = engine.getManagementService();
    Job timer = management.createJobQuery().processDefinitionKey("ReviewFollowUpSchedule").timers().singleResult();
    assertThat(timer.getDuedate().toInstant().atZone(ZoneId.systemDefault()).getHour()).isEqualTo(2);
    doThrow(new IllegalStateException("Databasen svarer ikke")).when(startFollowUps).execute(any());
    ClockUtil.setCurrentTime(timer.getDuedate());
    management.executeJob(timer.getId());
    Job run = management.createJobQuery().processDefinitionKey("ReviewFollowUpSchedule").messages().singleResult();
    assertThatThrownBy(() -> management.executeJob(run.getId())).hasMessageContaining("Databasen svarer ikke");
    Job next = management.createJobQuery().processDefinitionKey("ReviewFollowUpSchedule").timers().singleResult();
    assertThat(next.getDuedate()).as("the next night's run, planned whatever this one does").isAfter(timer.getDuedate());

    Mockito.reset(startFollowUps);
    management.executeJob(run.getId());
    verify(startFollowUps, times(1)).execute(any());
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().activityId("EndEvent_FollowUpsStarted")
        .count()).isEqualTo(1);
  }
}
