package no.klyngeprogrammet.identity;

import static org.assertj.core.api.Assertions.assertThat;

import no.klyngeprogrammet.support.IntegrationTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.event.PublishHistoryEventHandler;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Camunda starter's Spring event bridge carries task events, which {@link TaskTitles} names
 * tasks from, and nothing else: no listener wants execution or history events, and publishing
 * them cost the engine's threads about 2 % of their CPU in the benchmark's year.
 */
class SpringEventBridgeTest extends IntegrationTest {

  @Autowired CamundaBpmProperties properties;
  @Autowired ProcessEngine engine;

  @Test
  void onlyTaskEventsArePublishedToSpring() {
    assertThat(properties.getEventing().isTask()).as("task events, for the tasks' names").isTrue();
    assertThat(properties.getEventing().isExecution()).as("execution events").isFalse();
    assertThat(properties.getEventing().isHistory()).as("history events").isFalse();
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getCustomHistoryEventHandlers()).as("no history event goes to Spring")
        .noneMatch(PublishHistoryEventHandler.class::isInstance);
  }
}
