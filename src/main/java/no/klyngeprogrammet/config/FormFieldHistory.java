package no.klyngeprogrammet.config;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * The engine's history keeps each value submitted through a form once, as the variable's update.
 *
 * <p>At history level {@code full} the engine writes every submitted text field twice to
 * {@code ACT_HI_DETAIL}: as the variable's update (name, typed value, time, task, activity
 * instance) and again as a form field (the same text, the same time and task). Nothing here reads
 * the second copy, while writing it took 13 rows of every public submission, the long answers
 * among them, and more of every task form sent from Tasklist (docs/benchmarks.md). Everything else
 * goes to the engine's own database handler unchanged, so the history level stays {@code full}
 * for Cockpit and every existing database.
 *
 * <p>Camunda user guide, <i>History → Custom implementation</i>, "Provide a custom history
 * backend": a {@link HistoryEventHandler} in place of the default one, set up by a process engine
 * plugin.
 */
@Component
class FormFieldHistory extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryEventHandler> handlers = new ArrayList<>();
    if (configuration.getCustomHistoryEventHandlers() != null) {
      handlers.addAll(configuration.getCustomHistoryEventHandlers());
    }
    handlers.add(new WithoutFormFieldCopies());
    configuration.setCustomHistoryEventHandlers(handlers);
    configuration.setEnableDefaultDbHistoryEventHandler(false);
  }

  /** The engine's database handler, without the form fields' copies of the variables' updates. */
  static final class WithoutFormFieldCopies extends DbHistoryEventHandler {

    @Override
    public void handleEvent(HistoryEvent event) {
      if (!(event instanceof HistoricFormPropertyEventEntity)) {
        super.handleEvent(event);
      }
    }
  }
}
