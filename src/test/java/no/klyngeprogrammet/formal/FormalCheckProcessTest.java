package no.klyngeprogrammet.formal;

import static no.klyngeprogrammet.support.TestApplications.eligibleForm;
import static no.klyngeprogrammet.support.TestApplications.validForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.klyngeprogrammet.call.CallVariables;
import no.klyngeprogrammet.support.IntegrationTest;
import no.klyngeprogrammet.validation.ValidationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** At the deadline every application is checked against the formal requirements. */
class FormalCheckProcessTest extends IntegrationTest {

  @Autowired FormService formService;
  @Autowired TaskService taskService;

  @BeforeEach
  void openCall() {
    setClock(oslo("2027-09-01T10:00"));
    runtimeService.startProcessInstanceByKey(CallVariables.PROCESS_KEY,
        Map.of(CallVariables.CALL_TITLE, "Utlysning 2027", CallVariables.DEADLINE_LOCAL, "2027-09-15T12:00"));
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
  void aDeficientApplicationGoesToTheCaseOfficerWithItsDeficiencies() {
    ProcessInstance application = submitAndPassTheDeadline(validForm(1));

    assertThat(application).isWaitingAt("Task_ReviewFormalRejection");
    assertThat(task()).hasCandidateGroup("case-officers");
    assertThat(application).variables().containsEntry(FormalCheckVariables.DEFICIENCIES_TEXT,
        "• Næringslivet er ikke i flertall blant medlemmene.\n"
            + "• Klyngen har 2 medlemmer fra næringslivet, men nivået det søkes om krever minst 10.");
  }

  @Test
  void anUpheldRejectionSendsTheRejectionLetterAndEndsTheCase() throws Exception {
    ProcessInstance application = submitAndPassTheDeadline(validForm(1));
    taskService.claim(task(application).getId(), "saksbehandler1");
    taskService.complete(task(application).getId(), Map.of(FormalCheckVariables.OVERRULE, false));
    executeDueJobs();

    assertThat(application).hasPassed("Activity_SendFormalRejection").isEnded();
    assertThat(count("select count(*) from formal_check where not eligible and not overruled and decided_by = 'saksbehandler1'"))
        .isEqualTo(1);
    MimeMessage rejection = Arrays.stream(greenMail.getReceivedMessages())
        .filter(m -> subject(m).startsWith("Vedtak")).findFirst().orElseThrow();
    assertThat(rejection.getSubject()).isEqualTo("Vedtak: søknaden om klyngestatus NIC-2027-0001 avvises");
    assertThat(((String) rejection.getContent()).replace("\r\n", "\n"))
        .contains("- Næringslivet er ikke i flertall blant medlemmene.")
        .contains("- Klyngen har 2 medlemmer fra næringslivet, men nivået det søkes om krever minst 10.")
        .contains("Klagefristen er tre uker fra dere mottok dette brevet, jf. forvaltningsloven § 29.")
        .contains("Klagen sendes til Klyngeprogrammet, postmottak@klyngeprogrammet.local.");
    assertThat(count("select count(*) from notification_log where kind = 'FORMAL_REJECTION'")).isEqualTo(1);
  }

  @Test
  void anOverrulingNeedsAJustificationWhichIsKept() {
    ProcessInstance application = submitAndPassTheDeadline(validForm(1));
    String taskId = task(application).getId();
    taskService.claim(taskId, "saksbehandler2");

    assertThatThrownBy(() -> taskService.complete(taskId, Map.of(FormalCheckVariables.OVERRULE, true,
        FormalCheckVariables.JUSTIFICATION, "  ")))
        .satisfies(e -> assertThat(ValidationException.findIn(e)).isPresent())
        .hasMessageContaining("Begrunnelse (overruleJustification): må fylles ut når den formelle avvisningen overprøves");
    assertThat(application).isWaitingAt("Task_ReviewFormalRejection");

    taskService.complete(taskId, Map.of(FormalCheckVariables.OVERRULE, true,
        FormalCheckVariables.JUSTIFICATION, "Medlemslisten er ufullstendig; søker har dokumentert 12 bedrifter."));

    assertThat(application).hasPassed("Activity_RecordFormalCheck").isWaitingAt("Activity_Review");
    assertThat(jdbc.sql("select justification from formal_check where overruled and eligible and decided_by = 'saksbehandler2'")
        .query(String.class).single()).isEqualTo("Medlemslisten er ufullstendig; søker har dokumentert 12 bedrifter.");
  }

  @Test
  void theDecisionMustBeTakenByTheCaseOfficerWhoClaimedTheTask() {
    ProcessInstance application = submitAndPassTheDeadline(validForm(1));
    assertThatThrownBy(() -> taskService.complete(task(application).getId(), Map.of(FormalCheckVariables.OVERRULE, false)))
        .satisfies(e -> assertThat(ValidationException.findIn(e)).isPresent())
        .hasMessageContaining("oppgaven må være tatt av en saksbehandler før den fullføres");
  }

  /** The decision's inputs are kept once, in its history, not again as the application's variables. */
  @Test
  void theFactsTheDecisionReadsAreKeptInItsHistoryOnly() {
    ProcessInstance application = submitAndPassTheDeadline(validForm(1));

    var decision = historyService.createHistoricDecisionInstanceQuery().processInstanceId(application.getId())
        .decisionDefinitionKey("FormalRequirements").includeInputs().singleResult();
    Map<String, Object> inputs = new HashMap<>();
    decision.getInputs().forEach(input -> inputs.put(input.getClauseName(), input.getValue()));
    assertThat(inputs).as("the decision's history keeps what it read")
        .containsEntry("Næringsliv med", true)
        .containsEntry("Flertall fra næringslivet", false)
        .containsEntry("For få medlemmer fra næringslivet for nivået", true);
    for (String fact : List.of("hasIndustry", "hasKnowledge", "hasPublic", "applicantIsIndustry", "industryMajority",
        "industryMembers", "minimumMembers", "projectDescribed")) {
      assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(application.getId())
          .variableName(fact).count()).as("no variable " + fact).isZero();
    }
  }

  @Test
  void anEligibleApplicationGoesStraightToReviewerAssignment() {
    ProcessInstance application = submitAndPassTheDeadline(eligibleForm(1));
    assertThat(application).isWaitingAt("Activity_Review");
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(application.getBusinessKey())
        .taskDefinitionKey("Task_AssignReviewers").count()).isOne();
    assertThat(taskService.createTaskQuery().taskDefinitionKey("Task_ReviewFormalRejection").count()).isZero();
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
