package no.klyngeprogrammet.review;

import static no.klyngeprogrammet.support.TestApplications.eligibleForm;
import static no.klyngeprogrammet.support.TestApplications.member;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.klyngeprogrammet.call.CallVariables;
import no.klyngeprogrammet.support.FakeRegister;
import no.klyngeprogrammet.support.IntegrationTest;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The reviewer sees each member as Enhetsregisteret (the local fake) knows it. */
class RegisterReviewFormTest extends IntegrationTest {

  @Autowired FormService formService;
  @Autowired TaskService taskService;

  @Test
  void theReviewFormShowsEachMemberWithTheRegistersNameIndustryAndCounty() {
    for (String reviewer : List.of("regrev1", "regrev2", "regrev3")) {
      ensureUser(reviewer, "reviewers");
    }
    ensureUser("regofficer", "case-officers");
    setClock(oslo("2027-09-01T10:00"));
    runtimeService.startProcessInstanceByKey(CallVariables.PROCESS_KEY,
        Map.of(CallVariables.CALL_TITLE, "Utlysning 2027", CallVariables.DEADLINE_LOCAL, "2027-09-15T12:00"));
    Map<String, Object> form = eligibleForm(1);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> members = new ArrayList<>((List<Map<String, Object>>) form.get("members"));
    members.add(member("Nordlys Teknologi", FakeRegister.ACTIVE_COMPANY, "INDUSTRY"));
    form.put("members", members);
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("ClusterApplication")
        .latestVersion().singleResult().getId();
    ProcessInstance application = formService.submitStartForm(definitionId, form);
    setClock(oslo("2027-09-15T12:00"));
    executeDueJobs();

    var assign = taskService.createTaskQuery().processInstanceBusinessKey(application.getBusinessKey())
        .taskDefinitionKey("Task_AssignReviewers").singleResult();
    taskService.claim(assign.getId(), "regofficer");
    taskService.complete(assign.getId(), Map.of(ReviewVariables.SELECTED_REVIEWERS, List.of("regrev1", "regrev2", "regrev3")));
    var declaration = taskService.createTaskQuery().processInstanceBusinessKey(application.getBusinessKey())
        .taskDefinitionKey("Task_DeclareImpartiality").taskAssignee("regrev1").singleResult();
    taskService.complete(declaration.getId(), Map.of(ReviewVariables.CONFLICT_OF_INTEREST, false));

    var review = taskService.createTaskQuery().processInstanceBusinessKey(application.getBusinessKey())
        .taskDefinitionKey("Task_ReviewApplication").taskAssignee("regrev1").singleResult();
    var content = (Map<?, ?>) taskService.getVariableLocal(review.getId(), ReviewTaskListener.CONTENT);
    String shown = (String) content.get(MembersInRegister.KEY);
    assertThat(shown.lines()).hasSize(13)
        .contains("Nordlys Teknologi (" + FakeRegister.ACTIVE_COMPANY + ", Næringsliv): NORDLYS TEKNOLOGI AS – "
            + "62.010 Programmeringstjenester – Vestland");
  }
}
