package no.klyngeprogrammet.notification;

import static no.klyngeprogrammet.support.TestApplications.eligibleForm;
import static no.klyngeprogrammet.support.TestApplications.orgNumber;
import static no.klyngeprogrammet.support.TestApplications.validForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.Header;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import no.klyngeprogrammet.application.StatusLinkLetter;
import no.klyngeprogrammet.call.CallVariables;
import no.klyngeprogrammet.complaint.ComplaintVariables;
import no.klyngeprogrammet.decision.DecisionVariables;
import no.klyngeprogrammet.evaluation.EvaluationVariables;
import no.klyngeprogrammet.formal.FormalCheckVariables;
import no.klyngeprogrammet.identity.ProgrammeGroups;
import no.klyngeprogrammet.review.ReviewVariables;
import no.klyngeprogrammet.scoring.Criterion;
import no.klyngeprogrammet.support.Http;
import no.klyngeprogrammet.support.IntegrationTest;
import no.klyngeprogrammet.validation.ValidationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * HTML, script and Norwegian letters typed into every free-text field of every form, driven
 * through a whole call, its complaint and the next year's evaluation: stored byte for byte, and
 * shown as plain UTF-8 text in every letter that repeats them.
 */
class TextSafetyTest extends IntegrationTest {

  /**
   * What each kind of letter repeats of what users typed, and which of it stands in the subject.
   * A template under {@code src/main/resources/mail} that no entry names fails the test.
   */
  record Shows(String template, List<String> fields, List<String> inSubject) {}

  static final Map<String, Shows> LETTERS = Map.ofEntries(
      Map.entry("RECEIPT", new Shows("receipt",
          List.of("callTitle", "clusterName", "contactName", "applicantName"), List.of())),
      Map.entry("SUPERSEDED", new Shows("superseded", List.of("clusterName", "contactName"), List.of())),
      Map.entry("STATUS_LINK", new Shows("status-link", List.of("clusterName", "contactName"), List.of())),
      Map.entry("FORMAL_REJECTION", new Shows("formal-rejection",
          List.of("callTitle", "clusterName", "contactName"), List.of())),
      Map.entry("REVIEW_REMINDER", new Shows("review-reminder", List.of("reviewerName", "clusterName"), List.of())),
      Map.entry("REVIEW_OVERDUE", new Shows("review-overdue", List.of("reviewerName", "clusterName"), List.of())),
      Map.entry("DECISION_OVERDUE", new Shows("decision-overdue", List.of("callTitle"), List.of("callTitle"))),
      Map.entry("DECISION", new Shows("decision", List.of("clusterName", "contactName", "justificationSynergy",
          "justificationValueCreation", "justificationStrategicProject", "justificationParticipation",
          "justificationLeadership", "consensusJustification", "deviationJustification"), List.of())),
      Map.entry("ACCOUNT_LINK", new Shows("account-link", List.of("clusterName", "contactName"),
          List.of("clusterName"))),
      Map.entry("COMPLAINT_DECISION", new Shows("complaint",
          List.of("clusterName", "contactName", "complaintJustification"), List.of())),
      Map.entry("APPEAL_DECISION", new Shows("appeal-decision",
          List.of("clusterName", "contactName", "appealJustification"), List.of())),
      Map.entry("REPORT_REMINDER", new Shows("evaluation", List.of("clusterName", "contactName"),
          List.of("clusterName"))),
      Map.entry("REPORT_DUE", new Shows("evaluation", List.of("clusterName", "contactName"), List.of("clusterName"))),
      Map.entry("ANNUAL_REPORT_RECEIPT", new Shows("evaluation", List.of("clusterName", "contactName", "activities",
          "internationalActivity", "goalAchievement", "nextYearPlan"), List.of("clusterName"))),
      Map.entry("EVALUATION_OUTCOME", new Shows("evaluation", List.of("clusterName", "contactName", "assessment",
          "overrideJustification", "followUpPlan"), List.of("clusterName"))));

  /** Fields with a strict format (numbers, addresses, case numbers): their rules refuse markup, see BadInputCorpusTest. */
  static final Set<String> FORMATTED = Set.of("application.form:applicantOrgNumber", "application.form:contactEmail",
      "application.form:contactPhone", "application.form:orgNumber", "complaint.form:caseNumber");

  static final List<String> APPLICATION_LINES = List.of("clusterName", "applicantName", "contactName");
  static final List<String> APPLICATION_TEXTS = List.of("vision", "focusAreas", "projectDescription", "projectEffect",
      "programmeContribution", "implementationPlan");

  @Autowired FormService formService;
  @Autowired TaskService taskService;
  @Autowired NotificationService notifications;
  @Autowired StatusLinkLetter statusLinkLetter;
  @LocalServerPort int port;

  /** Everything typed, as (form, field) to the values entered there, in order. */
  final Map<String, List<String>> entered = new LinkedHashMap<>();
  /** Per application (A, C, D, or "call" for letters about no case), the values each letter field should show. */
  final Map<String, Map<String, List<String>>> shown = new HashMap<>();
  final Map<String, String> ownerOfCase = new HashMap<>();
  int year;

  @BeforeEach
  void people() {
    for (String reviewer : List.of("rev1", "rev2", "rev3", "rev4")) {
      ensureUser(reviewer, "reviewers");
    }
    ensureUser("officer1", "case-officers");
    ensureUser("officer2", "case-officers");
    ensureUser("council1", "programme-council");
    ensureUser("appeal1", ProgrammeGroups.APPEALS_BOARD);
  }

  /** A line of text a user might type: markup, a script, an ampersand, quotes and the Norwegian letters. */
  static String line(String owner, String field) {
    return "<script>alert('" + owner + ":" + field + "')</script><b>fet</b> & \"sitat\" æøå ÆØÅ " + owner + ":" + field;
  }

  /** A longer answer over several lines, as typed into a text area. */
  static String text(String owner, String field) {
    return line(owner, field) + "\n<p onclick=\"x()\">Andre linje</p> på «bokmål» – Ærøy, Østfold, Åsgårdstrand";
  }

  String enter(String form, String field, String value) {
    entered.computeIfAbsent(form + ":" + field, k -> new ArrayList<>()).add(value);
    return value;
  }

  void shows(String owner, String field, String value) {
    shown.computeIfAbsent(owner, k -> new HashMap<>()).computeIfAbsent(field, k -> new ArrayList<>()).add(value);
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> typedInto(Map<String, Object> form, String owner) {
    for (String field : APPLICATION_LINES) {
      form.put(field, enter("application.form", field, line(owner, field)));
      shows(owner, field, (String) form.get(field));
    }
    for (String field : APPLICATION_TEXTS) {
      form.put(field, enter("application.form", field, text(owner, field)));
    }
    List<Map<String, Object>> members = new ArrayList<>();
    int row = 0;
    for (Map<String, Object> member : (List<Map<String, Object>>) form.get("members")) {
      Map<String, Object> typed = new HashMap<>(member);
      typed.put("name", enter("application.form", "name", line(owner, "members[" + row++ + "].name")));
      members.add(typed);
    }
    form.put("members", members);
    return form;
  }

  ProcessInstance submit(String owner, Map<String, Object> form) {
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("ClusterApplication")
        .latestVersion().singleResult().getId();
    // One applicant user per owner, so that an owner's second submission is a new version of its case.
    identityService.setAuthentication("soker" + owner, List.of(ProgrammeGroups.APPLICANTS));
    try {
      ProcessInstance instance = formService.submitStartForm(definitionId, typedInto(form, owner));
      ownerOfCase.put(instance.getBusinessKey(), owner);
      return instance;
    } finally {
      identityService.clearAuthentication();
    }
  }

  Task task(ProcessInstance instance, String key, String assignee) {
    var query = taskService.createTaskQuery().processInstanceBusinessKey(instance.getBusinessKey()).taskDefinitionKey(key);
    return (assignee == null ? query : query.taskAssignee(assignee)).singleResult();
  }

  void asOfficer(ProcessInstance instance, String key, String officer, Map<String, Object> variables) {
    Task task = task(instance, key, null);
    taskService.claim(task.getId(), officer);
    taskService.complete(task.getId(), variables);
  }

  void declareImpartial(ProcessInstance application, String reviewer) {
    taskService.complete(task(application, "Task_DeclareImpartiality", reviewer).getId(),
        Map.of(ReviewVariables.CONFLICT_OF_INTEREST, false));
  }

  void score(String owner, ProcessInstance application, String reviewer, double synergy) {
    Map<String, Object> review = new HashMap<>();
    for (Criterion criterion : Criterion.values()) {
      String field = ReviewVariables.justification(criterion);
      review.put(ReviewVariables.score(criterion), criterion == Criterion.SYNERGY ? synergy : 4.0);
      review.put(field, enter("review-application.form", field, text(owner, reviewer + ":" + field)));
      shows(owner, field, (String) review.get(field));
    }
    taskService.complete(task(application, "Task_ReviewApplication", reviewer).getId(), review);
  }

  String caseOf(String owner) {
    return ownerOfCase.entrySet().stream().filter(e -> e.getValue().equals(owner)).findFirst().orElseThrow().getKey();
  }

  @Test
  void markupAndNorwegianLettersInEveryFieldAreStoredIntactAndMailedAsPlainText() throws Exception {
    year = managementService.createJobQuery().processDefinitionKey(CallVariables.SCHEDULE_PROCESS_KEY).timers()
        .singleResult().getDuedate().toInstant().atZone(OSLO).getYear();
    var rev4 = identityService.createUserQuery().userId("rev4").singleResult();
    rev4.setFirstName("Åse <i>Øy</i>");
    rev4.setLastName("Ærlig & \"Co\"");
    identityService.saveUser(rev4);
    shows("A", "reviewerName", "Åse <i>Øy</i> Ærlig & \"Co\"");

    // The call, opened by an administrator with a title of their own.
    setClock(oslo(year + "-09-01T10:00"));
    String callTitle = enter("open-call.form", CallVariables.CALL_TITLE, line("call", CallVariables.CALL_TITLE));
    for (String owner : List.of("A", "C", "D", "call")) {
      shows(owner, "callTitle", callTitle);
    }
    ProcessInstance call = runtimeService.startProcessInstanceByKey(CallVariables.PROCESS_KEY, Map.of(
        CallVariables.CALL_TITLE, callTitle, CallVariables.DEADLINE_LOCAL, year + "-09-15T12:00"));

    // A lacks members but is let through by an overruling; C is rejected on formal grounds; D is eligible.
    setClock(oslo(year + "-09-10T10:00"));
    ProcessInstance a = submit("A", validForm(1));
    ProcessInstance c = submit("C", validForm(3));
    ProcessInstance d = submit("D", eligibleForm(2));
    executeDueJobs();
    // C's new version names another contact person, so the first one is told.
    Map<String, Object> newContact = validForm(3);
    newContact.put("contactEmail", "ny.kontakt@sokerklynge.no");
    c = submit("C", newContact);
    executeDueJobs();

    setClock(oslo(year + "-09-15T12:00"));
    executeDueJobs();
    String overruling = enter("formal-rejection.form", FormalCheckVariables.JUSTIFICATION,
        text("A", FormalCheckVariables.JUSTIFICATION));
    asOfficer(a, "Task_ReviewFormalRejection", "officer2",
        Map.of(FormalCheckVariables.OVERRULE, true, FormalCheckVariables.JUSTIFICATION, overruling));
    asOfficer(c, "Task_ReviewFormalRejection", "officer2", Map.of(FormalCheckVariables.OVERRULE, false));
    executeDueJobs();

    setClock(oslo(year + "-09-16T09:00"));
    asOfficer(d, "Task_AssignReviewers", "officer2",
        Map.of(ReviewVariables.SELECTED_REVIEWERS, List.of("rev1", "rev2", "rev3")));
    for (String reviewer : List.of("rev1", "rev2", "rev3")) {
      declareImpartial(d, reviewer);
      score("D", d, reviewer, 4);
    }
    asOfficer(a, "Task_AssignReviewers", "officer2",
        Map.of(ReviewVariables.SELECTED_REVIEWERS, List.of("rev1", "rev2", "rev3")));
    String conflict = enter("declare-impartiality.form", ReviewVariables.CONFLICT_EXPLANATION,
        text("A", ReviewVariables.CONFLICT_EXPLANATION));
    taskService.complete(task(a, "Task_DeclareImpartiality", "rev1").getId(), Map.of(
        ReviewVariables.CONFLICT_OF_INTEREST, true, ReviewVariables.CONFLICT_ORGANISATIONS, List.of(orgNumber(1)),
        ReviewVariables.CONFLICT_EXPLANATION, conflict));
    asOfficer(a, "Task_NameReplacement", "officer2", Map.of(ReviewVariables.REPLACEMENT_REVIEWER, "rev4"));
    for (String reviewer : List.of("rev2", "rev3", "rev4")) {
      declareImpartial(a, reviewer);
    }
    score("A", a, "rev2", 1);
    score("A", a, "rev3", 4);

    // rev4 is late: reminded, then told the due date has passed; the case officer keeps them.
    setClock(oslo(year + "-09-30T09:00"));
    runReviewFollowUpSchedule();
    asOfficer(a, "Task_DecideLateReview", "officer2", Map.of(ReviewVariables.KEEP_REVIEWER, true));
    score("A", a, "rev4", 4);
    executeDueJobs();
    String consensus = enter("consensus.form", ReviewVariables.CONSENSUS_JUSTIFICATION,
        text("A", ReviewVariables.CONSENSUS_JUSTIFICATION));
    shows("A", "consensusJustification", consensus);
    asOfficer(a, "Task_Consensus", "officer2", Map.of(ReviewVariables.consensus(Criterion.SYNERGY), 3.5,
        ReviewVariables.CONSENSUS_JUSTIFICATION, consensus));
    executeDueJobs();

    asOfficer(call, "Task_Recommend", "officer1", Map.of(DecisionVariables.RECOMMENDATION_COMMENT,
        enter("recommendation.form", DecisionVariables.RECOMMENDATION_COMMENT,
            text("call", DecisionVariables.RECOMMENDATION_COMMENT))));

    // The council is late: the case officers are warned, then D is rejected against the recommendation.
    setClock(oslo(year + "-10-15T12:00"));
    executeDueJobs();
    setClock(oslo(year + "-10-16T09:00"));
    String deviation = enter("decision.form", DecisionVariables.DEVIATION_JUSTIFICATION,
        text("D", DecisionVariables.DEVIATION_JUSTIFICATION));
    shows("D", "deviationJustification", deviation);
    asOfficer(call, "Task_Decide", "council1", Map.of(DecisionVariables.REJECT_INSTEAD, List.of(caseOf("D")),
        DecisionVariables.DEVIATION_JUSTIFICATION, deviation));
    executeDueJobs();

    // D complains; another case officer upholds the decision.
    setClock(oslo(year + "-10-20T09:00"));
    String complaintText = enter("complaint.form", ComplaintVariables.COMPLAINT_TEXT,
        text("D", ComplaintVariables.COMPLAINT_TEXT));
    identityService.setAuthentication("officer2", List.of("case-officers"));
    ProcessInstance complaint = runtimeService.startProcessInstanceByKey(ComplaintVariables.PROCESS_KEY, Map.of(
        ComplaintVariables.CASE_NUMBER, caseOf("D"), ComplaintVariables.RECEIVED_ON, year + "-10-20",
        ComplaintVariables.COMPLAINT_TEXT, complaintText));
    identityService.clearAuthentication();
    String complaintAnswer = enter("assess-complaint.form", ComplaintVariables.JUSTIFICATION,
        text("D", ComplaintVariables.JUSTIFICATION));
    shows("D", "complaintJustification", complaintAnswer);
    asOfficer(complaint, "Task_AssessComplaint", "officer2", Map.of(ComplaintVariables.CHANGE_DECISION, false,
        ComplaintVariables.JUSTIFICATION, complaintAnswer));
    executeDueJobs();
    // The complaint goes on to the appellate body, which upholds the decision finally.
    String appealAnswer = enter("decide-appeal.form", ComplaintVariables.APPEAL_JUSTIFICATION,
        text("D", ComplaintVariables.APPEAL_JUSTIFICATION));
    shows("D", "appealJustification", appealAnswer);
    asOfficer(complaint, "Task_DecideAppeal", "appeal1", Map.of(ComplaintVariables.APPEAL_CHANGE_DECISION, false,
        ComplaintVariables.APPEAL_JUSTIFICATION, appealAnswer));
    executeDueJobs();
    assertThat(jdbc.sql("select appeal_justification from complaint").query(String.class).single()).isEqualTo(appealAnswer);

    // The next year's evaluation of A: reminded, late, followed up, reported, evaluated and overruled.
    int round = year + 1;
    openRound(round);
    setClock(oslo(round + "-03-08T12:00"));
    executeDueJobs();
    String caseA = caseOf("A");
    Task followUp = evaluationTask(caseA, "Task_FollowUpMissingReport");
    taskService.claim(followUp.getId(), "officer2");
    taskService.complete(followUp.getId(), Map.of(EvaluationVariables.END_PARTICIPATION, false,
        EvaluationVariables.FOLLOW_UP_JUSTIFICATION, enter("follow-up-missing-report.form",
            EvaluationVariables.FOLLOW_UP_JUSTIFICATION, text("A", EvaluationVariables.FOLLOW_UP_JUSTIFICATION))));
    Map<String, Object> report = new HashMap<>();
    for (String field : EvaluationVariables.REPORT_TEXTS) {
      report.put(field, enter("annual-report.form", field, text("A", field)));
      shows("A", field, text("A", field));
    }
    for (String number : EvaluationVariables.REPORT_COUNTS) {
      report.put(number, 12);
    }
    report.put(EvaluationVariables.FUNDS_USED, 1_900_000);
    taskService.complete(evaluationTask(caseA, "Task_SubmitAnnualReport").getId(), report);
    executeDueJobs();
    String assessment = enter("evaluate-cluster.form", EvaluationVariables.ASSESSMENT,
        text("A", EvaluationVariables.ASSESSMENT));
    shows("A", "assessment", assessment);
    Task evaluate = evaluationTask(caseA, "Task_EvaluateReport");
    taskService.claim(evaluate.getId(), "officer1");
    taskService.complete(evaluate.getId(), Map.of(EvaluationVariables.DEVELOPMENT, "YES",
        EvaluationVariables.MEETS_REQUIREMENTS, true, EvaluationVariables.ASSESSMENT, assessment));
    String override = enter("confirm-outcome.form", EvaluationVariables.OVERRIDE_JUSTIFICATION,
        text("A", EvaluationVariables.OVERRIDE_JUSTIFICATION));
    String plan = enter("confirm-outcome.form", EvaluationVariables.FOLLOW_UP_PLAN,
        text("A", EvaluationVariables.FOLLOW_UP_PLAN));
    shows("A", "overrideJustification", override);
    shows("A", "followUpPlan", plan);
    Task confirm = evaluationTask(caseA, "Task_ConfirmOutcome");
    taskService.claim(confirm.getId(), "officer1");
    taskService.complete(confirm.getId(), Map.of(EvaluationVariables.OVERRIDE_OUTCOME, "CONTINUE_WITH_CONDITIONS",
        EvaluationVariables.OVERRIDE_JUSTIFICATION, override, EvaluationVariables.FOLLOW_UP_PLAN, plan,
        EvaluationVariables.FOLLOW_UP_DEADLINE, round + "-06-30"));
    executeDueJobs();

    // A case officer mails C a new link to its status page.
    statusLinkLetter.send(caseOf("C"));

    assertEveryFreeTextFieldOfEveryFormWasTyped();
    assertEngineVariablesIntact();
    assertTablesIntact(callTitle, overruling, conflict, consensus, deviation, complaintText, complaintAnswer,
        assessment, override, plan);
    assertEveryLetterIsPlainUtf8TextShowingWhatWasTyped();
    assertTheRegistryPageShowsTheNameAsText();
  }

  void assertTheRegistryPageShowsTheNameAsText() {
    var officer = identityService.createUserQuery().userId("officer1").singleResult();
    officer.setPassword("passord-officer1");
    identityService.saveUser(officer);
    var page = new Http(port).get("/klyngeregister", "Authorization", Http.basic("officer1", "passord-officer1"));
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).containsIgnoringCase("charset=UTF-8"));
    assertThat(page.body())
        .contains("&lt;script&gt;alert(&#39;A:clusterName&#39;)&lt;/script&gt;&lt;b&gt;fet&lt;/b&gt; &amp; &quot;sitat&quot; "
            + "æøå ÆØÅ A:clusterName")
        .doesNotContain("<script>alert(");
  }

  @Test
  void aLineBreakInAFieldThatCanReachAMailHeaderIsRefusedAndNothingIsStored() {
    setClock(oslo("2027-09-01T10:00"));
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(CallVariables.PROCESS_KEY, Map.of(
        CallVariables.CALL_TITLE, "Utlysning\r\nBcc: inntrenger@example.org", CallVariables.DEADLINE_LOCAL,
        "2027-09-15T12:00")))
        .satisfies(e -> assertThat(ValidationException.findIn(e)).isPresent())
        .hasMessageContaining("Tittel (callTitle): må stå på én linje");
    assertThat(count("select count(*) from cluster_call")).isZero();

    runtimeService.startProcessInstanceByKey(CallVariables.PROCESS_KEY, Map.of(
        CallVariables.CALL_TITLE, "Utlysning 2027", CallVariables.DEADLINE_LOCAL, "2027-09-15T12:00"));
    Map<String, Object> form = validForm(1);
    form.put("clusterName", "Blå Vekst\r\nBcc: inntrenger@example.org");
    form.put("applicantName", "Søker 1 AS\nX-Priority: 1");
    form.put("contactName", "Bjørn\rÆsøy");
    @SuppressWarnings("unchecked")
    var members = (List<Map<String, Object>>) form.get("members");
    members.get(0).put("name", "Søker 1 AS\n\nTo: inntrenger@example.org");
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("ClusterApplication")
        .latestVersion().singleResult().getId();
    assertThatThrownBy(() -> formService.submitStartForm(definitionId, form))
        .satisfies(e -> assertThat(ValidationException.findIn(e)).isPresent())
        .hasMessageContaining("Klyngens navn (clusterName): må stå på én linje")
        .hasMessageContaining("Søkerorganisasjonens navn (applicantName): må stå på én linje")
        .hasMessageContaining("Kontaktpersonens navn (contactName): må stå på én linje")
        .hasMessageContaining("Medlem 1: navn (members[0].name): må stå på én linje");
    executeDueJobs();
    assertThat(count("select count(*) from application_case")).isZero();
    assertThat(greenMail.getReceivedMessages()).isEmpty();
  }

  @Test
  void aSubjectWithLineBreaksStaysOneHeaderToOneRecipient() throws Exception {
    notifications.send(new Letter("TEST:1", null, "TEST", "mottaker@programmet.no",
        "Emne æøå\r\nBcc: inntrenger@example.org\r\n\r\n<b>Falsk brødtekst</b>", "Brødtekst æøå", null));

    MimeMessage[] messages = greenMail.getReceivedMessages();
    assertThat(messages).hasSize(1);
    assertThat(messages[0].getAllRecipients()).extracting(Object::toString).containsExactly("mottaker@programmet.no");
    assertThat(messages[0].getHeader("Bcc")).isNull();
    assertThat(messages[0].getSubject()).isEqualTo("Emne æøå Bcc: inntrenger@example.org <b>Falsk brødtekst</b>");
    assertThat(((String) messages[0].getContent()).strip()).isEqualTo("Brødtekst æøå");
    assertThat(jdbc.sql("select subject from notification_log").query(String.class).single())
        .isEqualTo("Emne æøå Bcc: inntrenger@example.org <b>Falsk brødtekst</b>");
  }

  @Test
  void anAddressWithNorwegianLettersInItsDomainGetsItsReceiptAtTheDomainsAsciiForm() throws Exception {
    setClock(oslo("2027-09-01T10:00"));
    runtimeService.startProcessInstanceByKey(CallVariables.PROCESS_KEY, Map.of(
        CallVariables.CALL_TITLE, "Utlysning 2027", CallVariables.DEADLINE_LOCAL, "2027-09-15T12:00"));
    Map<String, Object> form = validForm(1);
    form.put("contactEmail", "kontakt@blåbær.no");
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("ClusterApplication")
        .latestVersion().singleResult().getId();
    formService.submitStartForm(definitionId, form);
    executeDueJobs();

    assertThat(jdbc.sql("select contact_email from application_version").query(String.class).single())
        .isEqualTo("kontakt@blåbær.no");
    MimeMessage[] messages = greenMail.getReceivedMessages();
    assertThat(messages).hasSize(1);
    assertThat(messages[0].getAllRecipients()).extracting(Object::toString).containsExactly("kontakt@xn--blbr-roah.no");
    assertThat(messages[0].getHeader("To", null)).isEqualTo("kontakt@xn--blbr-roah.no");
    assertThat(jdbc.sql("select recipient from notification_log").query(String.class).single())
        .isEqualTo("kontakt@blåbær.no");
  }

  @Test
  void anAddressWhoseDomainHasNoAsciiFormIsRefused() {
    setClock(oslo("2027-09-01T10:00"));
    runtimeService.startProcessInstanceByKey(CallVariables.PROCESS_KEY, Map.of(
        CallVariables.CALL_TITLE, "Utlysning 2027", CallVariables.DEADLINE_LOCAL, "2027-09-15T12:00"));
    Map<String, Object> form = validForm(1);
    form.put("contactEmail", "kontakt@" + "å".repeat(64) + ".no");
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("ClusterApplication")
        .latestVersion().singleResult().getId();
    assertThatThrownBy(() -> formService.submitStartForm(definitionId, form))
        .satisfies(e -> assertThat(ValidationException.findIn(e)).isPresent())
        .hasMessageContaining("Kontaktpersonens e-post (contactEmail): må være en gyldig e-postadresse, for eksempel navn@firma.no");
    assertThat(count("select count(*) from application_case")).isZero();
  }

  void openRound(int round) {
    var timer = roundTimer();
    while (timer.getDuedate().toInstant().atZone(OSLO).getYear() < round) {
      setClock(timer.getDuedate().toInstant());
      managementService.executeJob(timer.getId());
      timer = roundTimer();
    }
    setClock(oslo(round + "-01-15T08:00"));
    managementService.executeJob(timer.getId());
  }

  org.camunda.bpm.engine.runtime.Job roundTimer() {
    return managementService.createJobQuery().processDefinitionKey(EvaluationVariables.SCHEDULE_PROCESS_KEY).timers()
        .singleResult();
  }

  Task evaluationTask(String caseNumber, String key) {
    return taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(key).singleResult();
  }

  /** A form that gains a free-text field fails here until this test types into it. */
  void assertEveryFreeTextFieldOfEveryFormWasTyped() throws Exception {
    ObjectMapper json = new ObjectMapper();
    Set<String> freeText = new TreeSet<>();
    try (Stream<Path> forms = Files.list(Path.of("processes"))) {
      for (Path form : forms.filter(p -> p.toString().endsWith(".form")).toList()) {
        collectFreeText(json.readTree(form.toFile()), form.getFileName().toString(), freeText);
      }
    }
    freeText.removeAll(FORMATTED);
    assertThat(new TreeSet<>(entered.keySet())).isEqualTo(freeText);
  }

  private static void collectFreeText(JsonNode node, String form, Set<String> into) {
    for (JsonNode component : node.path("components")) {
      String type = component.path("type").asText();
      boolean editable = !component.path("readonly").asBoolean(false) && !component.path("disabled").asBoolean(false);
      if ((type.equals("textfield") || type.equals("textarea")) && editable) {
        into.add(form + ":" + component.path("key").asText());
      }
      collectFreeText(component, form, into);
    }
  }

  /**
   * Every value typed was set on an engine variable of the same name, exactly as typed (a later
   * step may reset a variable, so every update counts); member rows live in the snapshot.
   */
  void assertEngineVariablesIntact() {
    Map<String, List<Object>> updates = new HashMap<>();
    historyService.createHistoricDetailQuery().variableUpdates().list().forEach(detail -> {
      var update = (HistoricVariableUpdate) detail;
      updates.computeIfAbsent(update.getVariableName(), k -> new ArrayList<>()).add(update.getValue());
    });
    entered.forEach((formField, values) -> {
      String name = formField.substring(formField.indexOf(':') + 1);
      if (!name.equals("name")) {
        assertThat(updates.getOrDefault(name, List.of())).as(formField).containsAll(values);
      }
    });
  }

  void assertTablesIntact(String callTitle, String overruling, String conflict, String consensus, String deviation,
      String complaintText, String complaintAnswer, String assessment, String override, String plan) throws Exception {
    ObjectMapper json = new ObjectMapper();
    assertThat(jdbc.sql("select title from cluster_call").query(String.class).single()).isEqualTo(callTitle);
    for (String owner : List.of("A", "C", "D")) {
      var row = jdbc.sql("""
              select v.cluster_name, v.contact_name, v.snapshot from application_version v
                join application_case c on c.case_number = v.case_number and c.current_version = v.version
               where v.case_number = ?
              """)
          .param(caseOf(owner)).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
          .single();
      assertThat(row[0]).isEqualTo(line(owner, "clusterName"));
      assertThat(row[1]).isEqualTo(line(owner, "contactName"));
      JsonNode snapshot = json.readTree(row[2]);
      for (String field : APPLICATION_LINES) {
        assertThat(snapshot.path(field).asText()).isEqualTo(line(owner, field));
      }
      for (String field : APPLICATION_TEXTS) {
        assertThat(snapshot.path(field).asText()).isEqualTo(text(owner, field));
      }
      int row2 = 0;
      for (JsonNode member : snapshot.path("members")) {
        assertThat(member.path("name").asText()).isEqualTo(line(owner, "members[" + row2++ + "].name"));
      }
      assertThat(row2).isPositive();
    }
    assertThat(jdbc.sql("select justification from formal_check where overruled").query(String.class).single())
        .isEqualTo(overruling);
    assertThat(jdbc.sql("select conflict_explanation from review_assignment where status = 'CONFLICT'")
        .query(String.class).single()).isEqualTo(conflict);
    assertThat(jdbc.sql("select justification from review_score").query(String.class).list())
        .containsExactlyInAnyOrderElementsOf(entered.entrySet().stream()
            .filter(e -> e.getKey().startsWith("review-application.form:")).flatMap(e -> e.getValue().stream())
            .toList());
    assertThat(jdbc.sql("select consensus_justification from application_result where consensus_justification is not null")
        .query(String.class).single()).isEqualTo(consensus);
    assertThat(jdbc.sql("select justification from decision where deviated").query(String.class).single())
        .isEqualTo(deviation);
    assertThat(jdbc.sql("select cluster_name from cluster_registry").query(String.class).single())
        .isEqualTo(line("A", "clusterName"));
    assertThat(jdbc.sql("select complaint_text || '|' || justification from complaint").query(String.class).single())
        .isEqualTo(complaintText + "|" + complaintAnswer);
    var evaluation = jdbc.sql("select report, assessment, override_justification, follow_up_plan from evaluation")
        .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)}).single();
    JsonNode report = json.readTree(evaluation[0]);
    for (String field : EvaluationVariables.REPORT_TEXTS) {
      assertThat(report.path(field).asText()).isEqualTo(text("A", field));
    }
    assertThat(evaluation).endsWith(assessment, override, plan);
    var manager = identityService.createUserQuery().userId(caseOf("A").replace("-", "").toLowerCase()).singleResult();
    assertThat(manager.getFirstName() + " " + manager.getLastName()).isEqualTo(line("A", "contactName"));
  }

  /**
   * Every letter: one recipient, plain text in UTF-8, headers in ASCII (the subject encoded), the
   * subject as logged, and every text users typed that the letter repeats shown literally.
   */
  void assertEveryLetterIsPlainUtf8TextShowingWhatWasTyped() throws Exception {
    Set<String> covered = new TreeSet<>();
    Set<String> kindsSent = new TreeSet<>();
    MimeMessage[] messages = greenMail.getReceivedMessages();
    assertThat(messages).hasSize(count("select count(*) from notification_log"));
    for (MimeMessage message : messages) {
      assertThat(message.getAllRecipients()).hasSize(1);
      String recipient = message.getAllRecipients()[0].toString();
      String subject = message.getSubject();
      var logged = jdbc.sql("select kind, case_number from notification_log where recipient = ? and subject = ?")
          .params(recipient, subject).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).single();
      String kind = logged[0];
      kindsSent.add(kind);
      assertThat(LETTERS).as("the letters this test knows").containsKey(kind);

      assertThat(message.isMimeType("text/plain")).as(kind + " is plain text").isTrue();
      assertThat(new ContentType(message.getContentType()).getParameter("charset")).isEqualToIgnoringCase("UTF-8");
      for (Header header : Collections.list(message.getAllHeaders())) {
        assertThat(header.getValue().chars().allMatch(ch -> ch < 128)).as(kind + " header " + header.getName())
            .isTrue();
      }
      var raw = new ByteArrayOutputStream();
      message.writeTo(raw);
      assertThat(raw.toString(StandardCharsets.US_ASCII)).doesNotContainIgnoringCase("text/html");
      String body = ((String) message.getContent()).replace("\r\n", "\n");

      String owner = logged[1] == null ? "call" : ownerOfCase.get(logged[1]);
      Map<String, List<String>> typed = shown.getOrDefault(owner, Map.of());
      Shows shows = LETTERS.get(kind);
      for (String field : shows.fields()) {
        for (String value : typed.getOrDefault(field, List.of())) {
          assertThat(body).as(kind + " to " + owner + " shows " + field).contains(value);
          covered.add(kind + ":" + field);
        }
      }
      for (String field : shows.inSubject()) {
        for (String value : typed.getOrDefault(field, List.of())) {
          assertThat(subject).as(kind + " subject shows " + field).contains(value);
          covered.add(kind + ":subject:" + field);
        }
      }
    }

    Set<String> expected = new TreeSet<>();
    LETTERS.forEach((kind, shows) -> {
      shows.fields().forEach(field -> expected.add(kind + ":" + field));
      shows.inSubject().forEach(field -> expected.add(kind + ":subject:" + field));
    });
    assertThat(covered).as("every letter field shown at least once").isEqualTo(expected);
    assertThat(kindsSent).isEqualTo(LETTERS.keySet());
    Set<String> templates = new TreeSet<>();
    for (var resource : new PathMatchingResourcePatternResolver().getResources("classpath*:mail/*.txt")) {
      templates.add(resource.getFilename().replace(".txt", ""));
    }
    assertThat(templates).as("every mail template has an entry in LETTERS")
        .isEqualTo(new TreeSet<>(LETTERS.values().stream().map(Shows::template).toList()));
  }
}
