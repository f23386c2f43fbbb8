package no.klyngeprogrammet.application;

import static no.klyngeprogrammet.support.TestApplications.eligibleForm;
import static no.klyngeprogrammet.support.TestApplications.member;
import static no.klyngeprogrammet.support.TestApplications.orgNumber;
import static no.klyngeprogrammet.support.TestApplications.validForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.sql.DatabaseMetaData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import no.klyngeprogrammet.call.CallVariables;
import no.klyngeprogrammet.identity.ProgrammeGroups;
import no.klyngeprogrammet.support.IntegrationTest;
import no.klyngeprogrammet.validation.JsonLists;
import no.klyngeprogrammet.validation.ValidationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/** The intake: from the start form to a registered case waiting for review. */
class ClusterApplicationProcessTest extends IntegrationTest {

  static final Instant DEADLINE = oslo("2027-09-15T12:00");

  @Autowired FormService formService;
  @Autowired DataSource dataSource;
  @Autowired ReceiptLetter receiptLetter;

  ProcessInstance call;

  @BeforeEach
  void openCall() {
    setClock(oslo("2027-09-01T10:00"));
    call = runtimeService.startProcessInstanceByKey(CallVariables.PROCESS_KEY,
        Map.of(CallVariables.CALL_TITLE, "Utlysning 2027", CallVariables.DEADLINE_LOCAL, "2027-09-15T12:00"));
  }

  ProcessInstance submit(Map<String, Object> form) {
    String definitionId = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(ApplicationVariables.PROCESS_KEY).latestVersion().singleResult().getId();
    return formService.submitStartForm(definitionId, form);
  }

  /** As Tasklist submits the start form: the engine runs as the logged-in user and their groups. */
  ProcessInstance submitAs(String user, String group, Map<String, Object> form) {
    identityService.setAuthentication(user, List.of(group));
    try {
      return submit(form);
    } finally {
      identityService.clearAuthentication();
    }
  }

  MimeMessage[] receiptsAfterRunningJobs() {
    executeDueJobs();
    return greenMail.getReceivedMessages();
  }

  @Test
  void aValidApplicationGetsACaseNumberASnapshotAndAReceipt() throws Exception {
    setClock(oslo("2027-09-02T14:30"));
    ProcessInstance application = submit(validForm(1));

    assertThat(application).hasBusinessKey("NIC-2027-0001")
        .isWaitingAt("Activity_SendReceipt", "Event_IntakeClosed");
    assertThat(application).variables()
        .containsEntry(ApplicationVariables.CASE_NUMBER, "NIC-2027-0001")
        .containsEntry(ApplicationVariables.VERSION, 1);
    String snapshot = jdbc.sql("select snapshot from application_version where case_number = 'NIC-2027-0001' and version = 1")
        .query(String.class).single();
    assertThat(snapshot).contains("Ålesund Havbruk AS", "Norges teknisk-naturvitenskapelige universitet", "KNOWLEDGE");
    assertThat(count("select count(*) from application_version where process_instance_id = ?", application.getId()))
        .isEqualTo(1);

    MimeMessage[] mails = receiptsAfterRunningJobs();
    assertThat(application).hasPassed("Activity_SendReceipt", "EndEvent_ReceiptSent").isWaitingAt("Event_IntakeClosed");
    assertThat(mails).hasSize(1);
    assertThat(GreenMailUtil.getAddressList(mails[0].getAllRecipients())).isEqualTo("kontakt1@sokerklynge.no");
    assertThat(subject(mails[0])).isEqualTo("Kvittering: søknad om klyngestatus NIC-2027-0001");
    assertThat(body(mails[0]))
        .contains("Hei, Bjørn Æsøy")
        .contains("Blå Vekst Ærøy 1, nivå Arena")
        .contains("Saksnummer: NIC-2027-0001")
        .contains("Mottatt: 2. september 2027 kl. 14:30 (norsk tid)")
        .contains("Søknadsfristen er 15. september 2027 kl. 12:00")
        .contains("når nye klynger kunngjøres 15. oktober 2027")
        .contains("Hva skjer videre");
    assertThat(count("select count(*) from notification_log where case_number = 'NIC-2027-0001' and kind = 'RECEIPT'"))
        .isEqualTo(1);
  }

  @Test
  void aReceiptIsNeverSentTwice() {
    submit(validForm(1));
    receiptsAfterRunningJobs();

    assertThat(receiptLetter.send("NIC-2027-0001", 1)).isFalse();
    assertThat(greenMail.getReceivedMessages()).hasSize(1);
  }

  @Test
  void registrationWritesAnUnchangedFormValueOnlyOnce() {
    Map<String, Object> form = validForm(1);
    // As Tasklist and the public page hand a list over: a JSON value.
    form.put(ApplicationVariables.MEMBERS, JsonLists.json(form.get(ApplicationVariables.MEMBERS)));
    ProcessInstance application = submit(form);

    for (String unchanged : List.of(ApplicationVariables.CLUSTER_NAME, ApplicationVariables.MEMBERS)) {
      assertThat(historyService.createHistoricDetailQuery().processInstanceId(application.getId()).variableUpdates()
          .list().stream().map(HistoricVariableUpdate.class::cast)
          .filter(update -> update.getVariableName().equals(unchanged)).count())
          .as("%s: written when submitted, not again at registration", unchanged).isEqualTo(1);
    }
  }

  @Test
  void registrationAddsOnlyTheVariablesTheProcessesAndFormsRead() {
    ProcessInstance application = submit(validForm(1));

    Set<String> expected = new HashSet<>(ApplicationVariables.FORM_FIELDS);
    expected.addAll(Set.of(ApplicationVariables.APPLICANT_USER, ApplicationVariables.CASE_NUMBER,
        ApplicationVariables.VERSION, ApplicationVariables.CALL_ID));
    assertThat(runtimeService.getVariables(application.getId()).keySet())
        .as("when it was received and the call's dates are in application_version and cluster_call")
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void theHistoryKeepsASubmittedValueOnceAsTheVariablesUpdateWithoutAFormFieldCopy() {
    Map<String, Object> form = validForm(1);
    ProcessInstance application = submit(form);

    assertThat(historyService.createHistoricDetailQuery().processInstanceId(application.getId()).variableUpdates().list()
        .stream().map(HistoricVariableUpdate.class::cast)
        .filter(update -> update.getVariableName().equals(ApplicationVariables.CONTACT_EMAIL))
        .map(HistoricVariableUpdate::getValue))
        .containsExactly(form.get(ApplicationVariables.CONTACT_EMAIL));
    assertThat(historyService.createHistoricDetailQuery().processInstanceId(application.getId()).formFields().count())
        .as("the same values again as form fields").isZero();
  }

  @Test
  void caseNumbersCountUpWithinTheYear() {
    assertThat(submit(validForm(1))).hasBusinessKey("NIC-2027-0001");
    assertThat(submit(validForm(2))).hasBusinessKey("NIC-2027-0002");
    assertThat(submit(validForm(3))).hasBusinessKey("NIC-2027-0003");
  }

  @Test
  void aSecondSubmissionFromTheSameApplicantIsANewVersionOfTheSameCase() {
    ProcessInstance first = submitAs("soker1", ProgrammeGroups.APPLICANTS, validForm(1));
    receiptsAfterRunningJobs();
    Map<String, Object> revised = validForm(1);
    revised.put("clusterName", "Blå Vekst Ærøy – revidert");

    setClock(oslo("2027-09-10T09:15"));
    ProcessInstance second = submitAs("soker1", ProgrammeGroups.APPLICANTS, revised);

    assertThat(second).hasBusinessKey("NIC-2027-0001");
    assertThat(second).variables().containsEntry(ApplicationVariables.VERSION, 2);
    assertThat(first).hasPassed("StartEvent_Superseded", "EndEvent_Superseded").isEnded();
    assertThat(count("select current_version from application_case where case_number = 'NIC-2027-0001'")).isEqualTo(2);
    assertThat(jdbc.sql("select cluster_name from application_version where case_number = 'NIC-2027-0001' order by version")
        .query(String.class).list()).containsExactly("Blå Vekst Ærøy 1", "Blå Vekst Ærøy – revidert");
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey("NIC-2027-0001").count())
        .isEqualTo(2);

    MimeMessage[] mails = receiptsAfterRunningJobs();
    assertThat(mails).hasSize(2);
    assertThat(subject(mails[1])).isEqualTo("Kvittering: søknad om klyngestatus NIC-2027-0001, versjon 2");
    assertThat(body(mails[1])).contains("Versjon: 2 (erstatter versjon 1, som ikke lenger vurderes)")
        .contains("Blå Vekst Ærøy – revidert")
        .contains("Mottatt: 10. september 2027 kl. 09:15 (norsk tid)");
    assertThat(first).hasNotPassed("Activity_NotifyPreviousContact");
    assertThat(jdbc.sql("select submitted_by from application_version order by version").query(String.class).list())
        .containsExactly("soker1", "soker1");
  }

  @Test
  void onlyTheUserWhoSubmittedTheCaseMakesANewVersionInTasklistNotAnotherApplicantNorTheAdministrator() {
    ProcessInstance first = submitAs("soker1", ProgrammeGroups.APPLICANTS, validForm(1));
    Map<String, Object> takeover = validForm(1);
    takeover.put("contactEmail", "kaprer@annenklynge.no");

    // Case officers may not start the applicant's process at all (AccessMatrixTest); the administrator may, but
    // not to replace an organisation's application.
    for (var user : List.of(Map.entry("soker2", ProgrammeGroups.APPLICANTS),
        Map.entry("admin", ProgrammeGroups.ADMINISTRATORS))) {
      assertThatThrownBy(() -> submitAs(user.getKey(), user.getValue(), takeover))
          .as(user.getKey())
          .satisfies(e -> assertThat(ValidationException.findIn(e)).hasValueSatisfying(invalid -> {
            assertThat(invalid.errors()).singleElement().satisfies(error -> {
              assertThat(error.field()).isEqualTo("applicantOrgNumber");
              assertThat(error.message()).isEqualTo(ApplicationIntake.ALREADY_APPLIED);
            });
            assertThat(invalid.getMessage()).doesNotContain("NIC-2027-0001", "kontakt1@sokerklynge.no");
          }));
    }
    assertThatThrownBy(() -> submit(takeover)).as("no user at all")
        .satisfies(e -> assertThat(ValidationException.findIn(e)).isPresent());

    assertThat(count("select count(*) from application_version")).isEqualTo(1);
    assertThat(count("select current_version from application_case")).isEqualTo(1);
    assertThat(first).isWaitingAt("Activity_SendReceipt", "Event_IntakeClosed");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ApplicationVariables.PROCESS_KEY).count())
        .isEqualTo(1);
  }

  @Test
  void aNewVersionWithAnotherContactPersonIsToldToThePreviousContactPerson() throws Exception {
    setClock(oslo("2027-09-02T14:30"));
    ProcessInstance first = submitAs("soker1", ProgrammeGroups.APPLICANTS, validForm(1));
    receiptsAfterRunningJobs();
    Map<String, Object> revised = validForm(1);
    revised.put("contactName", "Ny Kontakt");
    revised.put("contactEmail", "ny.kontakt@sokerklynge.no");

    setClock(oslo("2027-09-10T09:15"));
    submitAs("soker1", ProgrammeGroups.APPLICANTS, revised);
    assertThat(first).isWaitingAt("Activity_NotifyPreviousContact");

    MimeMessage[] mails = receiptsAfterRunningJobs();
    assertThat(first).hasPassed("Gateway_ContactChanged", "Activity_NotifyPreviousContact",
        "EndEvent_PreviousContactNotified").isEnded();
    assertThat(mails).hasSize(3);
    MimeMessage notice = java.util.Arrays.stream(mails)
        .filter(mail -> subject(mail).startsWith("Ny versjon")).findFirst().orElseThrow();
    assertThat(GreenMailUtil.getAddressList(notice.getAllRecipients())).isEqualTo("kontakt1@sokerklynge.no");
    assertThat(subject(notice)).isEqualTo("Ny versjon av søknad NIC-2027-0001 er mottatt");
    assertThat(body(notice))
        .contains("Hei, Bjørn Æsøy")
        .contains("saksnummer NIC-2027-0001")
        .contains("10. september 2027 kl. 09:15 (norsk tid) mottok vi versjon 2 av søknaden")
        .doesNotContain("ny.kontakt@sokerklynge.no", "Ny Kontakt");
    MimeMessage newReceipt = java.util.Arrays.stream(mails)
        .filter(mail -> subject(mail).endsWith("versjon 2")).findFirst().orElseThrow();
    assertThat(GreenMailUtil.getAddressList(newReceipt.getAllRecipients())).isEqualTo("ny.kontakt@sokerklynge.no");
    assertThat(count("select count(*) from notification_log where kind = 'SUPERSEDED' and case_number = 'NIC-2027-0001'"))
        .isEqualTo(1);
  }

  @Test
  void theSameApplicationSubmittedTwiceAtTheSameMomentGivesOneCase() throws Exception {
    var barrier = new java.util.concurrent.CyclicBarrier(2);
    var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      List<java.util.concurrent.Future<ProcessInstance>> submissions = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        submissions.add(pool.submit(() -> {
          barrier.await();
          return submitAs("soker1", ProgrammeGroups.APPLICANTS, validForm(1));
        }));
      }
      List<String> caseNumbers = new ArrayList<>();
      for (var submission : submissions) {
        caseNumbers.add(submission.get().getBusinessKey());
      }
      String caseNumber = jdbc.sql("select case_number from application_case").query(String.class).single();
      // The submission that lost the race for the case may have drawn a number first: the case's
      // number is then the next one, and the drawn one is skipped (README, Guarantees).
      assertThat(caseNumber).isIn("NIC-2027-0001", "NIC-2027-0002");
      assertThat(caseNumbers).as("both are versions of the one case").containsOnly(caseNumber);
    } finally {
      pool.shutdownNow();
    }

    assertThat(count("select count(*) from application_case")).isEqualTo(1);
    assertThat(count("select current_version from application_case")).isEqualTo(2);
    assertThat(count("select count(*) from application_version")).isEqualTo(2);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ApplicationVariables.PROCESS_KEY).count())
        .as("the later version replaces the earlier").isEqualTo(1);
  }

  @Test
  void organisationsSubmittingTwiceAtTheSameMomentInParallelGetOneCaseEachWithVersionsInOrder() throws Exception {
    int organisations = 4;
    var barrier = new java.util.concurrent.CyclicBarrier(2 * organisations);
    var pool = java.util.concurrent.Executors.newFixedThreadPool(2 * organisations);
    try {
      List<java.util.concurrent.Future<ProcessInstance>> submissions = new ArrayList<>();
      for (int i = 0; i < 2 * organisations; i++) {
        int organisation = 1 + i % organisations;
        submissions.add(pool.submit(() -> {
          barrier.await();
          return submitAs("soker" + organisation, ProgrammeGroups.APPLICANTS, validForm(organisation));
        }));
      }
      for (var submission : submissions) {
        assertThat(submission.get().getBusinessKey()).matches("NIC-2027-\\d{4}");
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(count("select count(*) from application_case")).isEqualTo(organisations);
    assertThat(count("select count(distinct applicant_org_number) from application_case")).isEqualTo(organisations);
    assertThat(count("select count(*) from application_case where current_version = 2")).isEqualTo(organisations);
    assertThat(jdbc.sql("select case_number, version, process_instance_id from application_version order by case_number, version")
        .query((rs, row) -> rs.getString(1) + "/" + rs.getInt(2)).list())
        .as("versions 1 and 2 of each case").hasSize(2 * organisations)
        .allMatch(key -> key.endsWith("/1") || key.endsWith("/2"));
    for (String caseNumber : jdbc.sql("select case_number from application_case").query(String.class).list()) {
      var running = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list();
      assertThat(running).as("only the later version of %s runs", caseNumber).hasSize(1);
      assertThat(jdbc.sql("select process_instance_id from application_version where case_number = ? and version = 2")
          .param(caseNumber).query(String.class).single()).isEqualTo(running.get(0).getId());
    }
  }

  @Test
  void anInvalidApplicationIsRefusedWithEveryBrokenRuleNamedAndNothingIsStored() {
    Map<String, Object> form = validForm(1);
    form.put("applicantOrgNumber", "974760674");
    form.remove("contactEmail");
    form.put("contactName", "   ");
    List<Map<String, Object>> members = new ArrayList<>(castMembers(form));
    members.add(member("Dobbelt AS", orgNumber(1001), "INDUSTRY"));
    form.put("members", members);
    form.put("amountApplied", 5_000_000);
    form.put("sneakyVariable", "x");
    long historyBefore = historyService.createHistoricProcessInstanceQuery().count();

    assertThatThrownBy(() -> submit(form))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("Søknaden ble ikke sendt inn. Rett opp følgende:")
        .hasMessageContaining("Søkerorganisasjonens organisasjonsnummer (applicantOrgNumber): kontrollsifferet stemmer ikke (modulus 11)")
        .hasMessageContaining("Kontaktpersonens e-post (contactEmail): må fylles ut")
        .hasMessageContaining("Kontaktpersonens navn (contactName): må fylles ut")
        .hasMessageContaining("Medlem 5: organisasjonsnummer (members[4].orgNumber): organisasjonen er allerede oppført som medlem 2")
        .hasMessageContaining("Omsøkt beløp per år (amountApplied): kan ikke være større enn budsjettet per år")
        .hasMessageContaining("sneakyVariable (sneakyVariable): er ikke et felt i skjemaet");

    assertNothingStored(historyBefore);
  }

  @Test
  void aSubmissionOneMillisecondBeforeTheDeadlineIsAccepted() {
    setClock(DEADLINE.minusMillis(1));
    assertThat(submit(validForm(1))).hasBusinessKey("NIC-2027-0001");
  }

  @Test
  void aSubmissionAtTheDeadlineIsRefused() {
    setClock(DEADLINE);
    long historyBefore = historyService.createHistoricProcessInstanceQuery().count();
    assertThatThrownBy(() -> submit(validForm(1)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("Søknadsfrist (call): søknadsfristen 15. september 2027 kl. 12:00 har gått ut");
    assertNothingStored(historyBefore);
  }

  @Test
  void withoutAnOpenCallNothingCanBeSubmitted() {
    runtimeService.deleteProcessInstance(call.getId(), "test");
    jdbc.sql("update cluster_call set status = 'CLOSED', open_year = null").update();
    assertThatThrownBy(() -> submit(validForm(1)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("det er ingen åpen utlysning å søke på nå");
  }

  @Test
  void atTheDeadlineTheCallClosesIntakeAndAnEligibleApplicationGoesToReview() {
    ProcessInstance application = submit(eligibleForm(1));

    setClock(DEADLINE);
    executeDueJobs();

    assertThat(call).hasPassed("Activity_CloseIntake").isWaitingAt("Event_AllAssessed");
    assertThat(application).hasPassed("Event_IntakeClosed", "EndEvent_ReceiptSent", "Activity_CheckFormalRequirements",
        "Gateway_MergeFormalCheck", "Activity_RecordFormalCheck").isWaitingAt("Activity_Review");
    assertThat(count("select count(*) from formal_check where case_number = 'NIC-2027-0001' and eligible")).isEqualTo(1);
    assertThat(count("select count(*) from cluster_call where status = 'CLOSED'")).isEqualTo(1);
    assertThatThrownBy(() -> submit(validForm(2))).isInstanceOf(ValidationException.class);
  }

  @Test
  void norwegianLettersAndMarkupArriveIntactAsText() throws Exception {
    Map<String, Object> form = validForm(1);
    String markup = "<script>alert('æøå')</script><b>ÆØÅ</b> & «sitat»";
    form.put("vision", markup);
    form.put("clusterName", "Klynge <i>Øst</i> & Sør");
    ProcessInstance application = submit(form);

    assertThat(application).variables().containsEntry("vision", markup);
    assertThat(jdbc.sql("select snapshot from application_version").query(String.class).single()).contains("ÆØÅ");
    MimeMessage[] mails = receiptsAfterRunningJobs();
    assertThat(mails[0].getContentType()).startsWith("text/plain").containsIgnoringCase("UTF-8");
    assertThat(body(mails[0])).contains("Klynge <i>Øst</i> & Sør, nivå Arena");
  }

  @Test
  void aFailureRightAfterTheRegistrationWritesLeavesNeitherRowsNorEngineState() {
    var probe = repositoryService.createDeployment().addModelInstance("RegistrationRollbackProbe.bpmn",
        Bpmn.createExecutableProcess("RegistrationRollbackProbe").camundaHistoryTimeToLive(1)
            .startEvent()
            .serviceTask("Activity_RegisterApplication").camundaDelegateExpression("${registerApplicationDelegate}")
            .serviceTask("Activity_FailsAfterWrite").camundaExpression("${noSuchBean.fail()}")
            .endEvent().done())
        .deploy();
    try {
      assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("RegistrationRollbackProbe", validForm(1)))
          .hasMessageContaining("noSuchBean");
      assertThat(count("select count(*) from application_case")).isZero();
      assertThat(count("select count(*) from application_version")).isZero();
      assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("RegistrationRollbackProbe").count())
          .isZero();
      assertThat(caseNumbersDrawn(2027)).as("the rolled-back number is not reused").isEqualTo(1);
      assertThat(submit(validForm(1))).hasBusinessKey("NIC-2027-0002");
    } finally {
      repositoryService.deleteDeployment(probe.getId(), true);
    }
  }

  private void assertNothingStored(long historicInstancesBefore) {
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ApplicationVariables.PROCESS_KEY).count())
        .isZero();
    assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(historicInstancesBefore);
    assertThat(count("select count(*) from application_case")).isZero();
    assertThat(count("select count(*) from application_version")).isZero();
    assertThat(caseNumbersDrawn(2027)).as("a refused submission draws no case number").isZero();
    assertThat(managementService.createJobQuery().processDefinitionKey(ApplicationVariables.PROCESS_KEY).count()).isZero();
  }

  /** The year's case numbers handed out so far, read without drawing one. */
  private long caseNumbersDrawn(int year) {
    boolean postgres;
    try {
      postgres = "PostgreSQL".equals(JdbcUtils.commonDatabaseName(
          JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName)));
    } catch (MetaDataAccessException e) {
      throw new IllegalStateException(e);
    }
    long lastDrawn = jdbc.sql(postgres
            ? "select coalesce(last_value, 0) from pg_sequences where sequencename = 'case_number_sequence'"
            : "select base_value - 1 from information_schema.sequences where sequence_name = 'CASE_NUMBER_SEQUENCE'")
        .query(Long.class).single();
    return lastDrawn - jdbc.sql("select sequence_base from case_number_counter where call_year = ?").param(year)
        .query(Long.class).single();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> castMembers(Map<String, Object> form) {
    return (List<Map<String, Object>>) form.get("members");
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static String body(MimeMessage message) {
    try {
      return ((String) message.getContent()).replace("\r\n", "\n");
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
