package no.klyngeprogrammet.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import no.klyngeprogrammet.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** History is kept as configured, and cleaned up at night. */
class RetentionPolicyTest extends IntegrationTest {

  @Autowired RetentionPolicy retention;

  @AfterEach
  void backToTheConfiguredValue() {
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
    assertThat(configuration.getHistoryRemovalTimeStrategy()).isEqualTo("end");
    assertThat(historyService.findHistoryCleanupJobs()).as("the engine schedules its cleanup job").isNotEmpty();
  }
}
