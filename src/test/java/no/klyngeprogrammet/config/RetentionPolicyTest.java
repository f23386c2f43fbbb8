package no.klyngeprogrammet.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import no.klyngeprogrammet.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** History is kept as configured, and cleaned up at night. */
class RetentionPolicyTest extends IntegrationTest {

  @Autowired RetentionPolicy retention;
  @Autowired TaskService taskService;
  private Deployment probe;

  @AfterEach
  void backToTheConfiguredValue() {
    if (probe != null) {
      repositoryService.deleteDeployment(probe.getId(), true);
    }
    retention.apply();
  }

  @Test
  void everyProcessAndDecisionGetsTheConfiguredTimeToLive() {
    assertThat(repositoryService.createProcessDefinitionQuery().list()).isNotEmpty()
        .extracting(ProcessDefinition::getHistoryTimeToLive).containsOnly(3650);
    assertThat(repositoryService.createDecisionDefinitionQuery().list()).isNotEmpty()
        .extracting(DecisionDefinition::getHistoryTimeToLive).containsOnly(3650);

    retention.apply(1825);

    assertThat(repositoryService.createProcessDefinitionQuery().list())
        .extracting(ProcessDefinition::getHistoryTimeToLive).containsOnly(1825);
    assertThat(repositoryService.createDecisionDefinitionQuery().list())
        .extracting(DecisionDefinition::getHistoryTimeToLive).containsOnly(1825);
  }

  @Test
  void historyCleanupRunsInTheConfiguredNightWindowCountingFromEachInstancesEnd() {
    var configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:00");
    assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
    assertThat(configuration.getHistoryCleanupStrategy()).isEqualTo("endTimeBased");
    assertThat(historyService.findHistoryCleanupJobs()).as("the engine schedules its cleanup job").isNotEmpty();
  }

  /**
   * A case's history is neither rewritten when it ends nor removed before its own end is the time
   * to live ago; then the night's cleanup removes all of it. The probe runs 200 days, so counting
   * from its start would remove it 200 days early.
   */
  @Test
  void aFinishedInstancesHistoryIsKeptForTheTimeToLiveFromItsEndAndThenRemoved() {
    probe = repositoryService.createDeployment().name("Oppbevaringsprøve")
        .addModelInstance("RetentionProbe.bpmn", Bpmn.createExecutableProcess("RetentionProbe").name("Oppbevaringsprøve")
            .camundaHistoryTimeToLive(3650)
            .startEvent().userTask("Task_Probe").name("Prøveoppgave").endEvent().done())
        .deploy();
    retention.apply();
    Instant start = oslo("2026-01-05T10:00");
    setClock(start);
    String id = runtimeService.startProcessInstanceByKey("RetentionProbe", Map.of("merknad", "Søknad fra Ålesund, Tromsø og Bodø"))
        .getId();
    runtimeService.setVariable(id, "merknad", "Endret av saksbehandler");
    Instant end = start.plus(Duration.ofDays(200));
    setClock(end);
    taskService.complete(taskService.createTaskQuery().processInstanceId(id).singleResult().getId());

    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult().getRemovalTime())
        .as("no removal time is written into the history when the instance ends").isNull();

    cleanUpHistoryAt(start.plus(Duration.ofDays(3651)));
    assertThat(historyOf(id)).as("the time to live counts from the end, not the start")
        .containsEntry("process", 1L).containsEntry("variables", 1L).containsEntry("details", 2L)
        .containsEntry("activities", 3L).containsEntry("tasks", 1L);

    // The engine's cleanup counts whole days (on H2 the dates' difference in days)
    cleanUpHistoryAt(end.plus(Duration.ofDays(3649)));
    assertThat(historyOf(id)).as("a day before its time").containsEntry("process", 1L).containsEntry("variables", 1L);

    cleanUpHistoryAt(end.plus(Duration.ofDays(3650)).plus(Duration.ofHours(1)));
    assertThat(historyOf(id)).as("removed, with every row that belonged to it").containsOnly(
        Map.entry("process", 0L), Map.entry("variables", 0L), Map.entry("details", 0L),
        Map.entry("activities", 0L), Map.entry("tasks", 0L));
  }

  private void cleanUpHistoryAt(Instant now) {
    setClock(now);
    managementService.executeJob(historyService.cleanUpHistoryAsync(true).getId());
  }

  private Map<String, Long> historyOf(String processInstanceId) {
    return Map.of(
        "process", historyService.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).count(),
        "variables", historyService.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId).count(),
        "details", historyService.createHistoricDetailQuery().processInstanceId(processInstanceId).count(),
        "activities", historyService.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId).count(),
        "tasks", historyService.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId).count());
  }
}
