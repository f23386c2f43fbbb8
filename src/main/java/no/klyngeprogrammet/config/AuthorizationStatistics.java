package no.klyngeprogrammet.config;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Tells PostgreSQL's planner how many authorizations let a user see a task.
 *
 * <p>With authorization on, the engine's task query joins the authorizations on "resource id is
 * the task, its process definition or *" and filters them on permission bits ({@code perms_ & 2 =
 * 2}). PostgreSQL has no statistics for such an expression and guesses that 0.5 % of the rows
 * match, while for a case officer nearly all do: one per open task of the group. It then compares
 * every task with every authorization instead of looking each task's up by index, and Tasklist's
 * case officer filter took seconds with a few thousand open tasks (docs/benchmarks.md). Statistics
 * on the two expressions the task query uses give the planner the true count. They apply where
 * each execution is planned with its values, which the {@code postgres} profile asks for.
 *
 * <p>Expression statistics exist from PostgreSQL 14; H2 plans differently and needs none.
 */
@Component
public class AuthorizationStatistics {

  static final String NAME = "klynge_authorization_task_read";
  private static final Logger LOG = LoggerFactory.getLogger(AuthorizationStatistics.class);

  private final DataSource dataSource;
  private final JdbcClient jdbc;

  public AuthorizationStatistics(DataSource dataSource, JdbcClient jdbc) {
    this.dataSource = dataSource;
    this.jdbc = jdbc;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void create() {
    if (!supportsExpressionStatistics()) {
      return;
    }
    int readTask = Permissions.READ.getValue();
    int readTaskOfDefinition = ProcessDefinitionPermissions.READ_TASK.getValue();
    try {
      jdbc.sql("create statistics if not exists " + NAME + " on (perms_ & " + readTask + "), (perms_ & "
          + readTaskOfDefinition + ") from act_ru_authorization").update();
      jdbc.sql("analyze act_ru_authorization").update();
    } catch (DataAccessException e) {
      // The engine's tables may belong to another role than the application's; Tasklist then works, only slower.
      LOG.warn("Could not create the planner statistics {} on act_ru_authorization: {}", NAME, e.getMessage());
    }
  }

  private boolean supportsExpressionStatistics() {
    try {
      return JdbcUtils.extractDatabaseMetaData(dataSource, (DatabaseMetaData metaData) ->
          "PostgreSQL".equals(metaData.getDatabaseProductName()) && metaData.getDatabaseMajorVersion() >= 14);
    } catch (MetaDataAccessException e) {
      throw new IllegalStateException("Could not read the database's product and version", e);
    }
  }
}
