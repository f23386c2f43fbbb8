package no.klyngeprogrammet.formal;

import static no.klyngeprogrammet.support.TestApplications.eligibleForm;
import static no.klyngeprogrammet.support.TestApplications.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.klyngeprogrammet.call.CallVariables;
import com.github.benmanes.caffeine.cache.Cache;
import no.klyngeprogrammet.identity.ProgrammeGroups;
import no.klyngeprogrammet.register.Lookup;
import no.klyngeprogrammet.support.FakeRegister;
import no.klyngeprogrammet.support.Http;
import no.klyngeprogrammet.support.IntegrationTest;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The formal check compares each member's declared kind of actor with Enhetsregisteret (the local fake). */
class RegisterFormalCheckTest extends IntegrationTest {

  static final String OFFICER = "registersaksbehandler";

  @Autowired FormService formService;
  @Autowired Cache<String, Lookup> registerCache;
  @LocalServerPort int port;

  @BeforeEach
  void openCall() {
    setClock(oslo("2027-09-01T10:00"));
    runtimeService.startProcessInstanceByKey(CallVariables.PROCESS_KEY,
        Map.of(CallVariables.CALL_TITLE, "Utlysning 2027", CallVariables.DEADLINE_LOCAL, "2027-09-15T12:00"));
  }

  static Map<String, Object> eligibleWith(Map<String, Object> extra) {
    Map<String, Object> form = eligibleForm(1);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> members = new ArrayList<>((List<Map<String, Object>>) form.get("members"));
    members.add(extra);
    form.put("members", members);
    return form;
  }

  ProcessInstance submitAndPassTheDeadline(Map<String, Object> form) {
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("ClusterApplication")
        .latestVersion().singleResult().getId();
    ProcessInstance application = formService.submitStartForm(definitionId, form);
    setClock(oslo("2027-09-15T12:00"));
    executeDueJobs();
    return application;
  }

  @Test
  void aDeclaredKindTheRegisterContradictsIsShownWithBothValuesInTheFormalCheckAlsoThroughRest() {
    ProcessInstance application = submitAndPassTheDeadline(
        eligibleWith(member("Bergen kommune", FakeRegister.MUNICIPALITY, "INDUSTRY")));

    assertThat(application).isWaitingAt("Task_ReviewFormalRejection");
    String expected = "• Medlem 13: Bergen kommune (" + FakeRegister.MUNICIPALITY + "): oppgitt type aktør Næringsliv; "
        + "registrert: BERGEN KOMMUNE, Kommune (KOMM), sektor 6500 Kommuneforvaltningen → Offentlig utviklingsaktør";
    assertThat(application).variables()
        .containsEntry(RegisterFindings.TEXT, expected)
        .containsEntry(FormalCheckVariables.DEFICIENCIES_TEXT, "• Oppgitt type aktør stemmer ikke med Enhetsregisteret "
            + "for ett eller flere medlemmer (se Kontroll mot Enhetsregisteret).");

    ensureUser(OFFICER, ProgrammeGroups.CASE_OFFICERS);
    var officer = identityService.createUserQuery().userId(OFFICER).singleResult();
    officer.setPassword("hemmelig-1");
    identityService.saveUser(officer);
    var form = new Http(port).get("/engine-rest/task/" + task(application).getId() + "/form-variables",
        "Authorization", Http.basic(OFFICER, "hemmelig-1"));
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("\"registerCheckText\"", "oppgitt type aktør Næringsliv; registrert: BERGEN KOMMUNE");
  }

  @Test
  void aDeclaredKindTheRegisterAllowsPassesUnremarked() {
    ProcessInstance application = submitAndPassTheDeadline(
        eligibleWith(member("Universitetet i Bergen", FakeRegister.UNIVERSITY, "KNOWLEDGE")));

    assertThat(runtimeService.getVariable(application.getId(), FormalCheckVariables.DEFICIENCIES_TEXT)).isNull();
    assertThat(application).isWaitingAt("Activity_Review");
    assertThat(application).variables().containsEntry(RegisterFindings.MISMATCHES, 0)
        .containsEntry(RegisterFindings.TEXT,
            "Alle organisasjonene er kontrollert mot Enhetsregisteret, og oppgitt type aktør stemmer.");
  }

  @Test
  void anOrganisationUncheckedAtSubmissionIsCheckedAtTheFormalCheckWhenTheRegisterIsBack() {
    registerCache.invalidateAll();
    FakeRegister.outage();
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("ClusterApplication")
        .latestVersion().singleResult().getId();
    ProcessInstance application = formService.submitStartForm(definitionId,
        eligibleWith(member("Havkraft ASA", FakeRegister.LISTED_COMPANY, "PUBLIC")));
    assertThat(count("select count(*) from register_check where standing = 'UNREACHABLE'")).isEqualTo(13);

    FakeRegister.reset();
    setClock(oslo("2027-09-15T12:00"));
    executeDueJobs();

    assertThat(count("select count(*) from register_check where standing = 'UNREACHABLE'")).isZero();
    assertThat(application).isWaitingAt("Task_ReviewFormalRejection");
    assertThat(application).variables().containsEntry(RegisterFindings.UNCHECKED, 0)
        .containsEntry(RegisterFindings.MISMATCHES, 1);
  }

  @Test
  void anOrganisationStillUncheckedAtTheFormalCheckIsMarkedForTheCaseOfficer() {
    ProcessInstance application = submitAndPassTheDeadline(
        eligibleWith(member("Nede AS", FakeRegister.FAILING, "INDUSTRY")));

    assertThat(application).isWaitingAt("Task_ReviewFormalRejection");
    assertThat(application).variables().containsEntry(RegisterFindings.UNCHECKED, 1)
        .containsEntry(RegisterFindings.TEXT,
            "• Medlem 13: Nede AS (" + FakeRegister.FAILING + "): ikke kontrollert – Enhetsregisteret kunne ikke nås");
  }
}
