package no.klyngeprogrammet.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import no.klyngeprogrammet.application.ApplicationVariables;
import no.klyngeprogrammet.support.IntegrationTest;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Groups, the administrator, filters and authorizations created at start-up. */
class IdentitySetupTest extends IntegrationTest {

  static final Map<String, String> USER_OF_GROUP = Map.of(
      ProgrammeGroups.CASE_OFFICERS, "tsaksbehandler",
      ProgrammeGroups.REVIEWERS, "tfagvurderer",
      ProgrammeGroups.PROGRAMME_COUNCIL, "tprogramrad",
      ProgrammeGroups.CLUSTER_MANAGERS, "tklyngeleder",
      ProgrammeGroups.APPLICANTS, "tsoker",
      ProgrammeGroups.APPEALS_BOARD, "tklageinstans");

  @Autowired IdentitySetup identitySetup;
  @Autowired FilterService filterService;
  @Autowired TaskService taskService;
  @Autowired AuthorizationService authorizationService;

  String deploymentId;

  @BeforeEach
  void usersAndOneTaskPerRole() {
    USER_OF_GROUP.forEach((group, id) -> {
      if (identityService.createUserQuery().userId(id).count() == 0) {
        var user = identityService.newUser(id);
        user.setPassword("pw");
        identityService.saveUser(user);
        identityService.createMembership(id, group);
      }
    });
    deploymentId = repositoryService.createDeployment().addModelInstance("TasklistVisibilityProbe.bpmn",
        Bpmn.createExecutableProcess("TasklistVisibilityProbe").camundaHistoryTimeToLive(1)
            .startEvent().parallelGateway("Gateway_Split")
            .userTask("Task_CaseOfficer").camundaCandidateGroups(ProgrammeGroups.CASE_OFFICERS).endEvent()
            .moveToNode("Gateway_Split").userTask("Task_Reviewer").camundaAssignee("tfagvurderer").endEvent()
            .moveToNode("Gateway_Split").userTask("Task_Council").camundaCandidateGroups(ProgrammeGroups.PROGRAMME_COUNCIL).endEvent()
            .moveToNode("Gateway_Split").userTask("Task_ClusterManager").camundaAssignee("tklyngeleder").endEvent()
            .moveToNode("Gateway_Split").userTask("Task_Applicant").camundaAssignee("tsoker").endEvent()
            .moveToNode("Gateway_Split").userTask("Task_AppealsBoard").camundaCandidateGroups(ProgrammeGroups.APPEALS_BOARD).endEvent()
            .done())
        .deploy().getId();
    runtimeService.startProcessInstanceByKey("TasklistVisibilityProbe");
  }

  @AfterEach
  void removeProbe() {
    identityService.clearAuthentication();
    if (deploymentId != null) {
      repositoryService.deleteDeployment(deploymentId, true);
    }
  }

  @Test
  void everyRoleHasItsGroupAndTheAdministratorIsInCamundaAdmin() {
    assertThat(identityService.createGroupQuery().list()).extracting(g -> g.getId())
        .contains("case-officers", "reviewers", "programme-council", "cluster-managers", "applicants", "camunda-admin",
            "appeals-board");
    assertThat(identityService.createGroupQuery().groupId("appeals-board").singleResult().getName())
        .isEqualTo("Klageinstansen");
    assertThat(identityService.createUserQuery().memberOfGroup("camunda-admin").userId("admin").count()).isEqualTo(1);
    assertThat(identityService.checkPassword("admin", "test-admin")).isTrue();
  }

  @Test
  void eachGroupSeesOnlyItsOwnFilterAndItsOwnWork() {
    Map<String, String> expectedTask = Map.of(
        ProgrammeGroups.CASE_OFFICERS, "Task_CaseOfficer",
        ProgrammeGroups.REVIEWERS, "Task_Reviewer",
        ProgrammeGroups.PROGRAMME_COUNCIL, "Task_Council",
        ProgrammeGroups.CLUSTER_MANAGERS, "Task_ClusterManager",
        ProgrammeGroups.APPLICANTS, "Task_Applicant",
        ProgrammeGroups.APPEALS_BOARD, "Task_AppealsBoard");
    Map<String, String> expectedFilter = Map.of(
        ProgrammeGroups.CASE_OFFICERS, "Saksbehandling",
        ProgrammeGroups.REVIEWERS, "Mine fagvurderinger",
        ProgrammeGroups.PROGRAMME_COUNCIL, "Programrådet",
        ProgrammeGroups.CLUSTER_MANAGERS, "Min klynge",
        ProgrammeGroups.APPLICANTS, "Mine søknader",
        ProgrammeGroups.APPEALS_BOARD, "Klageinstansen");

    USER_OF_GROUP.forEach((group, user) -> {
      identityService.setAuthentication(user, List.of(group));
      List<Filter> filters = filterService.createFilterQuery().list();
      assertThat(filters).as(group).extracting(Filter::getName).containsExactly(expectedFilter.get(group));
      List<Task> viaFilter = filterService.list(filters.get(0).getId());
      assertThat(viaFilter).as(group).extracting(Task::getTaskDefinitionKey).containsExactly(expectedTask.get(group));
      assertThat(taskService.createTaskQuery().list()).as(group).extracting(Task::getTaskDefinitionKey)
          .containsExactly(expectedTask.get(group));
      identityService.clearAuthentication();
    });
  }

  @Test
  void theFilterColumnsAreTheVariablesTheCaseProcessesSet() {
    assertThat(IdentitySetup.CASE_NUMBER_COLUMN).isEqualTo(ApplicationVariables.CASE_NUMBER);
    assertThat(IdentitySetup.CLUSTER_NAME_COLUMN).isEqualTo(ApplicationVariables.CLUSTER_NAME);
  }

  @Test
  void runningTheSetUpAgainChangesNothing() {
    long filters = filterService.createFilterQuery().count();
    long authorizations = authorizationService.createAuthorizationQuery().count();
    long groups = identityService.createGroupQuery().count();

    identitySetup.setUp();

    assertThat(filterService.createFilterQuery().count()).isEqualTo(filters);
    assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
    assertThat(identityService.createGroupQuery().count()).isEqualTo(groups);
  }

  @Test
  void anApplicantCanStartOnlyTheApplicationProcess() {
    identityService.setAuthentication("tsoker", List.of(ProgrammeGroups.APPLICANTS));
    assertThat(repositoryService.createProcessDefinitionQuery().list()).extracting(ProcessDefinition::getKey)
        .containsExactly("ClusterApplication");
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("ClusterCall"))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("TasklistVisibilityProbe"))
        .isInstanceOf(AuthorizationException.class);
  }

  @Test
  void noDemoUserExistsOutsideTheEmbeddedDefault() {
    assertThat(DemoUsers.USERS).allSatisfy(demo ->
        assertThat(identityService.createUserQuery().userId(demo.id()).count()).as(demo.id()).isZero());
  }
}
