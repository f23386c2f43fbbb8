package no.klyngeprogrammet.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * What the engine's history keeps of the values forms show and submit: each submitted value once,
 * as the variable's update, and nothing of what a form only shows.
 *
 * <ul>
 *   <li>At history level {@code full} the engine writes every submitted text field twice to
 *       {@code ACT_HI_DETAIL}: as the variable's update (name, typed value, time, task, activity
 *       instance) and again as a form field (the same text, the same time and task). The second
 *       copy is not written.
 *   <li>The task-local variables the modules name as {@link ShownInTasks} are copies of the
 *       project's own tables; none of their history is written, neither their creation nor their
 *       deletion with the task. Every event of such a variable is left out, so no later event
 *       looks for a historic variable that was never written.
 *   <li>A variable declared without a value (a form's empty field, such as a review's scores
 *       before the reviewer gives them, or the initiator of a start on the public page, where
 *       nobody is logged in) has no history until it gets a value. Its first value
 *       writes its historic variable and a detail row; until then there is nothing to keep, and a
 *       slot whose reviewer never scores leaves none. The engine's handler writes a historic
 *       variable that an update does not find ({@link DbHistoryEventHandler}, the same row an
 *       update would have left), so this saves the empty row's insert and the update of it. Two
 *       transactions giving such a variable its first value at once (one task sent from two tabs)
 *       both insert that row, and the second fails on its key where the engine would have
 *       reported an optimistic-locking conflict; {@link ConcurrentChange} reads it as one.
 *   <li>The counters the engine keeps for a multi-instance activity ({@code nrOfInstances},
 *       {@code nrOfActiveInstances}, {@code nrOfCompletedInstances}, {@code loopCounter}) get no
 *       history: they are the engine's bookkeeping of its own branches, rewritten every time a
 *       branch ends, and the reviews they count are recorded in the project's tables.
 * </ul>
 *
 * <p>Nothing read what is left out, while writing it was 13 rows of every public submission and
 * about a third of the database's writes in the reviews (docs/benchmarks.md). Everything else goes
 * to the engine's own database handler unchanged, so the history level stays {@code full} for
 * Cockpit and every existing database.
 *
 * <p>Camunda user guide, <i>History → Custom implementation</i>, "Provide a custom history
 * backend": a {@link HistoryEventHandler} in place of the default one, set up by a process engine
 * plugin.
 */
@Component
class FormFieldHistory extends AbstractProcessEnginePlugin {

  private final Set<String> shownInTasks;

  FormFieldHistory(List<ShownInTasks> shown) {
    this.shownInTasks = shown.stream().flatMap(s -> s.names().stream()).collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryEventHandler> handlers = new ArrayList<>();
    if (configuration.getCustomHistoryEventHandlers() != null) {
      handlers.addAll(configuration.getCustomHistoryEventHandlers());
    }
    handlers.add(new WithoutCopies(shownInTasks));
    configuration.setCustomHistoryEventHandlers(handlers);
    configuration.setEnableDefaultDbHistoryEventHandler(false);
  }

  /** Camunda user guide, <i>BPMN 2.0 → Tasks → Multiple Instance</i>: the variables the engine sets. */
  static final Set<String> MULTI_INSTANCE_COUNTERS = Set.of("nrOfInstances", "nrOfActiveInstances",
      "nrOfCompletedInstances", "loopCounter");

  /** The engine's database handler, without the copies described above. */
  static final class WithoutCopies extends DbHistoryEventHandler {

    private final Set<String> shownInTasks;

    WithoutCopies(Set<String> shownInTasks) {
      this.shownInTasks = shownInTasks;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
      if (event instanceof HistoricFormPropertyEventEntity) {
        return;
      }
      if (event instanceof HistoricVariableUpdateEventEntity variable && leftOut(variable)) {
        return;
      }
      super.handleEvent(event);
    }

    private boolean leftOut(HistoricVariableUpdateEventEntity variable) {
      String name = variable.getVariableName();
      boolean shownCopy = variable.getTaskId() != null && shownInTasks.contains(name);
      boolean declaredEmpty = variable.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_CREATE)
          && "null".equals(variable.getSerializerName());
      return shownCopy || declaredEmpty || MULTI_INSTANCE_COUNTERS.contains(name);
    }
  }
}
