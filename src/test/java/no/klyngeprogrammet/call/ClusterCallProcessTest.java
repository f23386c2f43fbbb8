package no.klyngeprogrammet.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.util.Map;
import no.klyngeprogrammet.support.IntegrationTest;
import no.klyngeprogrammet.validation.ValidationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ClusterCallProcessTest extends IntegrationTest {

  @Autowired CallCalendar calendar;
  @Autowired CallService calls;

  private Job yearlyOpeningTimer() {
    return managementService.createJobQuery().processDefinitionKey(CallVariables.SCHEDULE_PROCESS_KEY).timers()
        .activityId("StartEvent_YearlyOpening").singleResult();
  }

  @Test
  void opensTheYearlyCallOnTheConfiguredDateAndClosesIntakeAtTheDeadline() {
    Job timer = yearlyOpeningTimer();
    Instant opening = timer.getDuedate().toInstant();
    int year = calendar.yearOf(opening);
    assertThat(opening).isEqualTo(oslo(year + "-06-01T08:00"));

    setClock(opening);
    managementService.executeJob(timer.getId());

    ProcessInstance call = runtimeService.createProcessInstanceQuery().processDefinitionKey(CallVariables.PROCESS_KEY)
        .singleResult();
    assertThat(call).isWaitingAt("Event_DeadlineReached").hasPassed("StartEvent_YearlyCallDue", "Activity_OpenCall");
    assertThat(call).variables()
        .containsEntry(CallVariables.CALL_YEAR, year)
        .containsEntry(CallVariables.BUDGET_ARENA, 15_000_000L);
    ClusterCall stored = calls.get((Long) runtimeService.getVariable(call.getId(), CallVariables.CALL_ID));
    assertThat(stored.deadline()).isEqualTo(oslo(year + "-09-15T12:00"));
    assertThat(stored.announcement()).isEqualTo(oslo(year + "-10-15T12:00"));
    assertThat(stored.budgets()).containsEntry(Level.GCE, 40_000_000L);
    assertThat(stored.status()).isEqualTo(ClusterCall.Status.OPEN);
    assertThat(yearlyOpeningTimer().getDuedate().toInstant()).isEqualTo(oslo((year + 1) + "-06-01T08:00"));

    setClock(oslo(year + "-09-15T11:59:59"));
    executeDueJobs();
    assertThat(call).isWaitingAt("Event_DeadlineReached");

    setClock(oslo(year + "-09-15T12:00"));
    executeDueJobs();
    assertThat(call).hasPassed("Activity_CloseIntake").isEnded();
    assertThat(calls.get(stored.id()).status()).isEqualTo(ClusterCall.Status.CLOSED);
  }

  @Test
  void theYearlyTimerOpensNoSecondCallWhenTheYearAlreadyHasOne() {
    Job timer = yearlyOpeningTimer();
    Instant opening = timer.getDuedate().toInstant();
    int year = calendar.yearOf(opening);
    setClock(opening.minusSeconds(3600 * 24 * 30));
    runtimeService.startProcessInstanceByKey(CallVariables.PROCESS_KEY,
        Map.of(CallVariables.DEADLINE_LOCAL, year + "-08-01T12:00"));

    setClock(opening);
    managementService.executeJob(timer.getId());

    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(CallVariables.PROCESS_KEY).count())
        .isEqualTo(1);
    var ended = historyService.createHistoricActivityInstanceQuery().activityId("EndEvent_CallAlreadyOpen").list();
    assertThat(ended).hasSize(1);
    assertThat(count("select count(*) from cluster_call where call_year = ?", year)).isEqualTo(1);
  }

  @Test
  void anAdministratorOpensASpecialCallWithDatesInOsloTime() {
    setClock(oslo("2027-01-10T09:00"));
    ProcessInstance call = runtimeService.startProcessInstanceByKey(CallVariables.PROCESS_KEY, Map.of(
        CallVariables.CALL_TITLE, "Særskilt utlysning for havnæringen",
        CallVariables.DEADLINE_LOCAL, "2027-03-01T12:00",
        CallVariables.BUDGET_ARENA, 5_000_000));

    assertThat(call).hasPassed("Activity_CheckSpecialCall", "Activity_OpenCall").isWaitingAt("Event_DeadlineReached");
    ClusterCall stored = calls.get((Long) runtimeService.getVariable(call.getId(), CallVariables.CALL_ID));
    assertThat(stored.title()).isEqualTo("Særskilt utlysning for havnæringen");
    assertThat(stored.deadline()).isEqualTo(Instant.parse("2027-03-01T11:00:00Z"));
    assertThat(stored.announcement()).isEqualTo(Instant.parse("2027-04-01T10:00:00Z"));
    assertThat(stored.budgets()).containsEntry(Level.ARENA, 5_000_000L).containsEntry(Level.ARENA_PRO, 24_000_000L);
    assertThat(call).hasBusinessKey("UTLYSNING-2027-" + stored.id());
  }

  @Test
  void aSecondOpenCallInTheSameYearIsRefusedAndLeavesNothingBehind() {
    setClock(oslo("2027-01-10T09:00"));
    runtimeService.startProcessInstanceByKey(CallVariables.PROCESS_KEY, Map.of(CallVariables.DEADLINE_LOCAL, "2027-03-01T12:00"));
    long instancesBefore = runtimeService.createProcessInstanceQuery().count();

    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(CallVariables.PROCESS_KEY,
        Map.of(CallVariables.DEADLINE_LOCAL, "2027-05-01T12:00")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("det finnes allerede en åpen utlysning for 2027");

    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
    assertThat(count("select count(*) from cluster_call")).isEqualTo(1);
  }

  @Test
  void aSpecialCallWithAPastDeadlineIsRefusedWithTheFieldNamed() {
    setClock(oslo("2027-01-10T09:00"));
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(CallVariables.PROCESS_KEY, Map.of(
        CallVariables.DEADLINE_LOCAL, "2027-01-10T08:59",
        CallVariables.BUDGET_GCE, -1)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("Søknadsfrist (deadlineLocal): fristen må ligge fram i tid")
        .hasMessageContaining("Budsjett for GCE (Global Centres of Expertise) (budgetGce): kan ikke være negativt");
    assertThat(runtimeService.createProcessInstanceQuery().count()).isZero();
    assertThat(count("select count(*) from cluster_call")).isZero();
  }
}
