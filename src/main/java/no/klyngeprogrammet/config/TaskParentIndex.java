package no.klyngeprogrammet.config;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one index this project adds to the engine's tables. Completing a task makes the engine look
 * for its subtasks by {@code ACT_RU_TASK.PARENT_TASK_ID_}, a column its schema leaves without an
 * index (camunda/camunda#36824), so every completed task read the whole table of open tasks: 15 s
 * of the database's time in the reviews of 2,000 applications, and more the more tasks are open
 * (docs/benchmarks.md). The engine creates its tables when it starts, after Flyway has run, so the
 * index is made here, once, by whichever node starts first.
 */
@Component
class TaskParentIndex {

  static final String NAME = "ACT_IDX_TASK_PARENT_TASK_ID";

  private final JdbcClient jdbc;
  private final SetupLock setupLock;

  TaskParentIndex(JdbcClient jdbc, SetupLock setupLock) {
    this.jdbc = jdbc;
    this.setupLock = setupLock;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void create() {
    setupLock.holding(() -> {
      jdbc.sql("create index if not exists " + NAME + " on ACT_RU_TASK (PARENT_TASK_ID_)").update();
    });
  }
}
