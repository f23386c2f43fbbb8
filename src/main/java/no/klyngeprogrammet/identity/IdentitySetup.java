package no.klyngeprogrammet.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.klyngeprogrammet.config.SetupLock;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates, on every start and without duplicating anything, the groups, the administrator, what
 * each group may do, and the Tasklist filter through which each group sees its own work. Nodes of a
 * cluster starting at once do it one after the other ({@link SetupLock}).
 */
@Component
public class IdentitySetup {

  static final String TASKLIST = "tasklist";
  /** {@code ReviewVariables.PROCESS_KEY}, named here because review already depends on identity. */
  static final String REVIEW_PROCESS_KEY = "ClusterReview";

  /**
   * The variables every process with a case sets under these names, listed as the filters' columns.
   * Named here rather than taken from the application module, which depends on identity.
   */
  static final String CASE_NUMBER_COLUMN = "caseNumber";
  static final String CLUSTER_NAME_COLUMN = "clusterName";

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final FilterService filterService;
  private final TaskService taskService;
  private final IdentityProperties properties;
  private final List<ProcessAccess> processAccess;
  private final List<WorkGroup> workGroups;
  private final SetupLock setupLock;

  public IdentitySetup(IdentityService identityService, AuthorizationService authorizationService,
      FilterService filterService, TaskService taskService, IdentityProperties properties,
      List<ProcessAccess> processAccess, List<WorkGroup> workGroups, SetupLock setupLock) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.filterService = filterService;
    this.taskService = taskService;
    this.properties = properties;
    this.processAccess = processAccess;
    this.workGroups = workGroups;
    this.setupLock = setupLock;
  }

  /** A group's Tasklist filter: its name, what it shows, and the columns it lists. */
  record WorkFilter(String group, String name, String description, int priority, TaskQuery query) {}

  @EventListener(ApplicationReadyEvent.class)
  @Order(1)
  public void setUp() {
    setupLock.holding(() -> {
      for (var group : ProgrammeGroups.ALL) {
        createGroup(group.id(), group.name());
      }
      for (WorkGroup group : workGroups) {
        createGroup(group.id(), group.name());
      }
      createAdministrator();
      grantAdministrators();
      grantTasklistAccess();
      grantProcessStarts();
      for (WorkFilter filter : workFilters()) {
        createFilter(filter);
      }
    });
  }

  private void createGroup(String id, String name) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      var group = identityService.newGroup(id);
      group.setName(name);
      group.setType(ProgrammeGroups.ADMINISTRATORS.equals(id)
          ? Groups.GROUP_TYPE_SYSTEM : Groups.GROUP_TYPE_WORKFLOW);
      identityService.saveGroup(group);
    }
  }

  private void createAdministrator() {
    String id = properties.adminUser();
    if (identityService.createUserQuery().userId(id).count() == 0) {
      var user = identityService.newUser(id);
      user.setFirstName("Administrator");
      user.setLastName("Klyngeprogrammet");
      user.setPassword(properties.adminPassword());
      identityService.saveUser(user);
    }
    if (identityService.createUserQuery().userId(id).memberOfGroup(ProgrammeGroups.ADMINISTRATORS)
        .count() == 0) {
      identityService.createMembership(id, ProgrammeGroups.ADMINISTRATORS);
    }
  }

  private void grantAdministrators() {
    for (Resource resource : Resources.values()) {
      grant(ProgrammeGroups.ADMINISTRATORS, resource, ANY, Permissions.ALL);
    }
  }

  private void grantTasklistAccess() {
    for (var group : ProgrammeGroups.ALL) {
      grant(group.id(), Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
    }
    for (WorkGroup group : workGroups) {
      grant(group.id(), Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
    }
  }

  /** Each process's own declaration of who may start it (an instance included) and who may read it. */
  private void grantProcessStarts() {
    for (ProcessAccess access : processAccess) {
      for (String group : access.mayStart()) {
        grant(group, Resources.PROCESS_DEFINITION, access.processKey(), Permissions.READ, Permissions.CREATE_INSTANCE);
        grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
      }
      for (String group : access.mayRead()) {
        grant(group, Resources.PROCESS_DEFINITION, access.processKey(), Permissions.READ);
      }
    }
    // The case officers' review tasks (assignment, replacement, consensus) run in the review's own
    // process. Reviewers get no grant on any process definition: READ_HISTORY there would show
    // every variable of every case.
    grant(ProgrammeGroups.CASE_OFFICERS, Resources.PROCESS_DEFINITION, REVIEW_PROCESS_KEY, Permissions.READ);
  }

  List<WorkFilter> workFilters() {
    var filters = new ArrayList<>(List.of(
        new WorkFilter(ProgrammeGroups.CASE_OFFICERS, "Saksbehandling",
            "Oppgaver for programledelsens saksbehandlere", 10,
            taskService.createTaskQuery().taskCandidateGroup(ProgrammeGroups.CASE_OFFICERS)
                .includeAssignedTasks()),
        new WorkFilter(ProgrammeGroups.REVIEWERS, "Mine fagvurderinger",
            "Søknader du er tildelt som fagvurderer", 20,
            taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}")),
        new WorkFilter(ProgrammeGroups.PROGRAMME_COUNCIL, "Programrådet",
            "Saker til behandling i programrådet", 30,
            taskService.createTaskQuery().taskCandidateGroup(ProgrammeGroups.PROGRAMME_COUNCIL)
                .includeAssignedTasks()),
        new WorkFilter(ProgrammeGroups.CLUSTER_MANAGERS, "Min klynge",
            "Oppgaver for klyngen du leder, som årsrapporten", 40,
            taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}")),
        new WorkFilter(ProgrammeGroups.APPLICANTS, "Mine søknader",
            "Oppgaver på søknader du har sendt inn", 50,
            taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"))));
    for (WorkGroup group : workGroups) {
      filters.add(new WorkFilter(group.id(), group.filterName(), group.filterDescription(), group.priority(),
          taskService.createTaskQuery().taskCandidateGroup(group.id()).includeAssignedTasks()));
    }
    return filters;
  }

  private void createFilter(WorkFilter definition) {
    Filter filter = filterService.createFilterQuery().filterName(definition.name()).singleResult();
    if (filter == null) {
      Map<String, Object> props = new LinkedHashMap<>();
      props.put("description", definition.description());
      props.put("priority", definition.priority());
      props.put("refresh", true);
      props.put("variables", List.of(
          Map.of("name", CASE_NUMBER_COLUMN, "label", "Saksnummer"),
          Map.of("name", CLUSTER_NAME_COLUMN, "label", "Klynge")));
      filter = filterService.newTaskFilter(definition.name())
          .setProperties(props)
          .setQuery(definition.query());
      filterService.saveFilter(filter);
    }
    grant(definition.group(), Resources.FILTER, filter.getId(), Permissions.READ);
  }

  private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizationService.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT)
        .groupIdIn(groupId)
        .resourceType(resource)
        .resourceId(resourceId)
        .singleResult();
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizationService.saveAuthorization(authorization);
  }
}
