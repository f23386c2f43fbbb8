package no.klyngeprogrammet.config;

import org.camunda.bpm.engine.RepositoryService;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives every deployed process and decision the configured history time-to-live. The models carry
 * a value because the engine refuses to deploy without one; the configuration is what applies.
 */
@Component
public class RetentionPolicy {

  private final RepositoryService repositoryService;
  private final int historyDays;

  public RetentionPolicy(RepositoryService repositoryService, RetentionProperties properties) {
    this.repositoryService = repositoryService;
    this.historyDays = properties.historyDays();
  }

  @EventListener(ApplicationReadyEvent.class)
  public void apply() {
    apply(historyDays);
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
