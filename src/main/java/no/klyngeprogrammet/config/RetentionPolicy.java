package no.klyngeprogrammet.config;

import org.camunda.bpm.engine.RepositoryService;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives every deployed process and decision the configured history time-to-live. The models carry
 * a value because the engine refuses to deploy without one; the configuration is what applies.
 * Nodes of a cluster starting at once do it one after the other ({@link SetupLock}): two updates of
 * one definition at once would fail on the engine's optimistic lock.
 */
@Component
public class RetentionPolicy {

  private final RepositoryService repositoryService;
  private final int historyDays;
  private final SetupLock setupLock;

  public RetentionPolicy(RepositoryService repositoryService, RetentionProperties properties, SetupLock setupLock) {
    this.repositoryService = repositoryService;
    this.historyDays = properties.historyDays();
    this.setupLock = setupLock;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void apply() {
    setupLock.holding(() -> apply(historyDays));
  }

  public void apply(int days) {
    for (var definition : repositoryService.createProcessDefinitionQuery().list()) {
      if (definition.getHistoryTimeToLive() == null || definition.getHistoryTimeToLive() != days) {
        repositoryService.updateProcessDefinitionHistoryTimeToLive(definition.getId(), days);
      }
    }
    for (var definition : repositoryService.createDecisionDefinitionQuery().list()) {
      if (definition.getHistoryTimeToLive() == null || definition.getHistoryTimeToLive() != days) {
        repositoryService.updateDecisionDefinitionHistoryTimeToLive(definition.getId(), days);
      }
    }
  }
}
