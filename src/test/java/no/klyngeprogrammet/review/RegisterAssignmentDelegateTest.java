package no.klyngeprogrammet.review;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

/** "Registrer tildeling" in the current review model and in a review started under the earlier one. */
class RegisterAssignmentDelegateTest {

  static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
  static final Instant NOW = Instant.parse("2027-09-16T07:00:00Z");

  final ReviewRepository reviews = mock(ReviewRepository.class);
  final ReviewProperties properties = new ReviewProperties(3, Period.ofDays(14), Period.ofDays(3));
  final Clock clock = Clock.fixed(NOW, OSLO);
  final RegisterAssignmentDelegate delegate = new RegisterAssignmentDelegate(reviews,
      new ReviewFollowUps(reviews, null, null, properties, clock, OSLO), properties, clock, OSLO);

  DelegateExecution slotIn(BpmnModelInstance model) {
    DelegateExecution execution = mock(DelegateExecution.class);
    when(execution.getVariable("caseNumber")).thenReturn("NIC-2027-0001");
    when(execution.getVariable("version")).thenReturn(1);
    when(execution.getVariable(ReviewVariables.REVIEWER)).thenReturn("rev1");
    when(execution.getBpmnModelInstance()).thenReturn(model);
    when(reviews.assign(anyString(), anyInt(), anyString(), any(), any())).thenReturn(42L);
    return execution;
  }

  @Test
  void aSlotOfTheCurrentModelGetsItsDueDateAndNoReminderDate() {
    DelegateExecution slot = slotIn(Bpmn.createExecutableProcess("ClusterReview").startEvent()
        .userTask("Task_ReviewApplication").endEvent().done());
    delegate.execute(slot);

    Instant due = Instant.parse("2027-09-30T07:00:00Z");
    verify(reviews).assign("NIC-2027-0001", 1, "rev1", NOW, due);
    verify(slot).setVariableLocal(ReviewVariables.ASSIGNMENT_ID, 42L);
    verify(slot).setVariableLocal(ReviewVariables.REVIEW_DUE_DATE, Date.from(due));
    verify(slot, never()).setVariableLocal(eq(ReviewVariables.REVIEW_REMINDER_DATE), any());
  }

  @Test
  void aSlotOfAReviewStartedUnderTheEarlierModelStillGetsTheDateItsReminderTimerReads() {
    DelegateExecution slot = slotIn(Bpmn.createExecutableProcess("ClusterReview").startEvent()
        .intermediateCatchEvent(RegisterAssignmentDelegate.SLOT_REMINDER_TIMER).timerWithDate("${reviewReminderDate}")
        .endEvent().done());
    delegate.execute(slot);

    verify(slot).setVariableLocal(ReviewVariables.REVIEW_REMINDER_DATE,
        Date.from(Instant.parse("2027-09-27T07:00:00Z")));
  }
}
