package no.klyngeprogrammet.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import no.klyngeprogrammet.identity.ProgrammeGroups;
import no.klyngeprogrammet.support.PostgresInitializer;
import no.klyngeprogrammet.support.RunningApplication;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * PostgreSQL's planner knows how many authorizations let a user read tasks, so Tasklist's task
 * queries look each task's authorizations up instead of comparing every task with every one.
 */
@ContextConfiguration(initializers = PostgresInitializer.class)
class AuthorizationStatisticsPostgresTest extends RunningApplication {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired AuthorizationService authorizationService;
  @Autowired AuthorizationStatistics statistics;
  @Autowired JdbcClient jdbc;

  private final List<String> created = new ArrayList<>();

  @AfterEach
  void removeAuthorizations() {
    created.forEach(authorizationService::deleteAuthorization);
  }

  @Test
  void thePlannerEstimatesTheAuthorizationsThatGrantReadingTasks() throws Exception {
    assertThat(jdbc.sql("select count(*) from pg_statistic_ext where stxname = :name")
        .param("name", AuthorizationStatistics.NAME).query(Long.class).single())
        .as("statistics created when the application started").isEqualTo(1);

    // As after a deadline: every open task lets its candidate group read and update it, as the engine grants.
    for (int task = 0; task < 600; task++) {
      grant(Resources.TASK, "task-" + task, Permissions.READ, Permissions.UPDATE);
    }
    for (int definition = 0; definition < 150; definition++) {
      grant(Resources.PROCESS_DEFINITION, "Process_" + definition, ProcessDefinitionPermissions.READ_TASK);
    }

    // What autovacuum's analyze does after many new rows; creating the statistics again changes nothing.
    statistics.create();

    assertThat(estimatedRows("perms_ & 2 = 2")).isCloseTo(actualRows("perms_ & 2 = 2"), withinPercentage(10));
    assertThat(estimatedRows("perms_ & 64 = 64")).isCloseTo(actualRows("perms_ & 64 = 64"), withinPercentage(10));
  }

  private void grant(Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
    authorization.setGroupId(ProgrammeGroups.CASE_OFFICERS);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    created.add(authorizationService.saveAuthorization(authorization).getId());
  }

  private double estimatedRows(String condition) throws Exception {
    String plan = jdbc.sql("explain (format json) select * from act_ru_authorization where " + condition)
        .query(String.class).single();
    return JSON.readTree(plan).get(0).get("Plan").get("Plan Rows").asDouble();
  }

  private double actualRows(String condition) {
    return jdbc.sql("select count(*) from act_ru_authorization where " + condition).query(Long.class).single();
  }
}
