package no.klyngeprogrammet.form;

import static no.klyngeprogrammet.support.TestApplications.eligibleForm;
import static no.klyngeprogrammet.support.TestApplications.orgNumber;
import static no.klyngeprogrammet.support.TestApplications.validForm;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.klyngeprogrammet.call.CallVariables;
import no.klyngeprogrammet.complaint.ComplaintVariables;
import no.klyngeprogrammet.evaluation.EvaluationVariables;
import no.klyngeprogrammet.identity.ProgrammeGroups;
import no.klyngeprogrammet.review.ReviewVariables;
import no.klyngeprogrammet.scoring.Criterion;
import no.klyngeprogrammet.support.Http;
import no.klyngeprogrammet.support.IntegrationTest;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every task form of every model, through {@code /engine-rest} as the user whose task it is: the
 * form's read-only fields changed are refused field by field and change nothing; a key the form
 * does not have is refused; setting a variable past the form, or throwing an escalation from the
 * task, is forbidden; the read-only fields sent back as shown (as Tasklist sends them) are ignored
 * and the task completes. The walk goes through a whole cycle, a complaint and an evaluation
 * round, and fails if a task form in {@code processes/} was not tried.
 *
 * <p>Process test coverage reads the process definition as the user completing a task, which a
 * reviewer or cluster manager may not: the test lets them for its duration, and takes it back.
 */
class TaskFormTamperingTest extends IntegrationTest {

  static final String PASSWORD = "skjema-passord";
  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired FormService formService;
  @Autowired TaskService taskService;
  @LocalServerPort int port;

  Http http;
  int year;
  final Set<String> triedForms = new TreeSet<>();


  @BeforeEach
  void coverageMayReadTheDefinitions() {
    letCoverageReadTheDefinitions("reviewers", "cluster-managers", "programme-council", "case-officers",
        ProgrammeGroups.APPEALS_BOARD);
  }

  @BeforeEach
  void people() {
    for (String reviewer : List.of("rev1", "rev2", "rev3", "rev4")) {
      person(reviewer, "reviewers");
    }
    person("officer1", "case-officers");
    person("officer2", "case-officers");
    person("council1", "programme-council");
    person("appeal1", ProgrammeGroups.APPEALS_BOARD);
    http = new Http(port);
  }

  void person(String id, String group) {
    ensureUser(id, group, PASSWORD);
  }

  Instant at(int y, String monthDayTime) {
    return oslo(y + "-" + monthDayTime);
  }

  ProcessInstance submit(Map<String, Object> form) {
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("ClusterApplication")
        .latestVersion().singleResult().getId();
    return formService.submitStartForm(definitionId, form);
  }

  Task task(ProcessInstance instance, String key, String assignee) {
    var query = taskService.createTaskQuery().processInstanceBusinessKey(instance.getBusinessKey()).taskDefinitionKey(key);
    return (assignee == null ? query : query.taskAssignee(assignee)).singleResult();
  }

  Task task(String businessKey, String key) {
    return taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(key).singleResult();
  }

  /** Claims a case officer's or the council's task, then works it through REST. */
  void claimAndWork(Task task, String user, Map<String, Object> editable) throws IOException {
    taskService.claim(task.getId(), user);
    work(task, user, editable);
  }

  /**
   * The heart of the test: as {@code user}, through REST, first every read-only field changed, then
   * a key the form lacks, then the form as Tasklist sends it.
   */
  void work(Task task, String user, Map<String, Object> editable) throws IOException {
    String auth = Http.basic(user, PASSWORD);
    JsonNode form = JSON.readTree(http.get("/engine-rest/task/" + task.getId() + "/deployed-form",
        "Authorization", auth).body());
    triedForms.add(form.get("id").asText());
    JsonNode shown = JSON.readTree(http.get("/engine-rest/task/" + task.getId() + "/form-variables?deserializeValues=false",
        "Authorization", auth).body());
    Map<String, String> readOnly = readOnlyFields(form.get("components"), new HashMap<>());
    String before = variablesNow(task);

    if (!readOnly.isEmpty()) {
      ObjectNode tampered = variables(editable);
      for (var field : readOnly.entrySet()) {
        tampered.set(field.getKey(), changed(field.getValue(), shown.path(field.getKey())));
      }
      HttpResponse<String> refused = submitForm(task, auth, tampered);
      assertThat(refused.statusCode()).as(form.get("id") + ": " + refused.body()).isEqualTo(400);
      JsonNode errors = JSON.readTree(refused.body()).get("fieldErrors");
      List<String> named = new ArrayList<>();
      errors.forEach(e -> {
        named.add(e.get("field").asText());
        assertThat(e.get("message").asText()).isEqualTo(FormSubmission.READ_ONLY);
      });
      assertThat(named).as(form.get("id").asText()).containsExactlyInAnyOrderElementsOf(readOnly.keySet());
      assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("still open").isEqualTo(1);
      assertThat(variablesNow(task)).as("nothing changed").isEqualTo(before);
    }

    var direct = http.putJson("/engine-rest/task/" + task.getId() + "/variables/caseNumber",
        "{\"value\": \"NIC-2026-0001\", \"type\": \"String\"}", "Authorization", auth);
    assertThat(direct.statusCode()).as("no variable is set past the form: " + direct.body()).isEqualTo(403);
    var modification = http.postJson("/engine-rest/task/" + task.getId() + "/variables",
        "{\"modifications\": {\"clusterName\": {\"value\": \"Kapret klynge\"}}}", "Authorization", auth);
    assertThat(modification.statusCode()).as(modification.body()).isEqualTo(403);
    var escalation = http.postJson("/engine-rest/task/" + task.getId() + "/bpmnEscalation",
        "{\"escalationCode\": \"ReplaceReviewer\"}", "Authorization", auth);
    assertThat(escalation.statusCode()).as("a task ends through its form only").isEqualTo(403);
    assertThat(variablesNow(task)).isEqualTo(before);

    ObjectNode unknown = variables(editable);
    unknown.set("grantedAmount", JSON.readTree("{\"value\": 5000000, \"type\": \"Long\"}"));
    unknown.set("caseNumberOfAnotherCase", JSON.readTree("{\"value\": \"NIC-2026-0001\", \"type\": \"String\"}"));
    HttpResponse<String> unknownRefused = submitForm(task, auth, unknown);
    assertThat(unknownRefused.statusCode()).as(unknownRefused.body()).isEqualTo(400);
    assertThat(unknownRefused.body()).contains("caseNumberOfAnotherCase").contains(FormSubmission.NOT_A_FIELD);
    assertThat(variablesNow(task)).isEqualTo(before);

    ObjectNode asTasklist = variables(editable);
    readOnly.keySet().forEach(key -> {
      if (shown.has(key) && !shown.get(key).path("value").isNull()) {
        asTasklist.set(key, asTasklistSendsIt(shown.get(key)));
      }
    });
    HttpResponse<String> completed = submitForm(task, auth, asTasklist);
    assertThat(completed.statusCode()).as(form.get("id") + ": " + completed.body()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isZero();
  }

  static void assertRefused(HttpResponse<String> response, String field, String message) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("{\"field\":\"" + field + "\"", message);
  }

  /** JSON values compare by their text: the engine hands out a new object at every read. */
  String variablesNow(Task task) {
    return new java.util.TreeMap<>(runtimeService.getVariables(task.getExecutionId())).toString();
  }

  /**
   * What Tasklist 7.24 sends back for a value it showed: JSON values (type Json, or Object in the
   * JSON format) are parsed for the form; on submit, text, numbers and booleans go untyped, and
   * objects and lists as JSON text with the type they came with.
   */
  static ObjectNode asTasklistSendsIt(JsonNode shown) throws IllegalStateException {
    String type = shown.path("type").asText();
    JsonNode value = shown.get("value");
    boolean json = type.equals("Json") || (type.equals("Object")
        && shown.path("valueInfo").path("serializationDataFormat").asText().startsWith("application/json"));
    if (json) {
      try {
        value = JSON.readTree(value.asText());
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
    ObjectNode sent = JSON.createObjectNode();
    if (value.isContainerNode()) {
      sent.put("type", type);
      sent.set("valueInfo", shown.path("valueInfo"));
      sent.put("value", value.toString());
    } else {
      sent.set("value", value);
    }
    return sent;
  }

  HttpResponse<String> submitForm(Task task, String auth, ObjectNode variables) {
    ObjectNode body = JSON.createObjectNode();
    body.set("variables", variables);
    return http.postJson("/engine-rest/task/" + task.getId() + "/submit-form", body.toString(), "Authorization", auth);
  }

  static Map<String, String> readOnlyFields(JsonNode components, Map<String, String> found) {
    for (JsonNode component : components) {
      if (component.path("type").asText().equals("group") && component.hasNonNull("path")) {
        if (readOnlyFields(component.path("components"), new HashMap<>()).size() == keyed(component.path("components"))) {
          found.put(component.get("path").asText(), "group");
        }
        continue;
      }
      if (component.path("readonly").asBoolean(false) && component.has("key")) {
        found.put(component.get("key").asText(), component.get("type").asText());
      }
      readOnlyFields(component.path("components"), found);
    }
    return found;
  }

  static int keyed(JsonNode components) {
    int count = 0;
    for (JsonNode component : components) {
      count += (component.has("key") ? 1 : 0) + keyed(component.path("components"));
    }
    return count;
  }

  /**
   * Another value of the field's kind than the one shown: another case, another year, a larger grant;
   * in a group, its first text changed as a browser's developer tools would change it.
   */
  static JsonNode changed(String componentType, JsonNode shown) throws IOException {
    ObjectNode value = JSON.createObjectNode();
    if (componentType.equals("group")) {
      ObjectNode group = (ObjectNode) JSON.readTree(shown.path("value").asText());
      String text = group.properties().stream().filter(field -> field.getValue().isTextual()).findFirst()
          .orElseThrow().getKey();
      group.put(text, "NIC-2026-0001 Kapret klynge");
      value.put("value", group.toString());
      value.put("type", shown.path("type").asText());
      value.set("valueInfo", shown.path("valueInfo"));
    } else if (componentType.equals("number")) {
      value.put("value", shown.path("value").asLong(0) + 1_000_000);
      value.put("type", "Long");
    } else {
      value.put("value", componentType.equals("select") ? "GCE_OTHER" : "NIC-2026-0001 Kapret klynge");
      value.put("type", "String");
    }
    return value;
  }

  static ObjectNode variables(Map<String, Object> values) {
    ObjectNode variables = JSON.createObjectNode();
    values.forEach((key, value) -> {
      ObjectNode typed = JSON.createObjectNode();
      if (value instanceof List<?> list) {
        typed.put("value", JSON.valueToTree(list).toString());
        typed.put("type", "Json");
      } else {
        typed.set("value", JSON.valueToTree(value));
        typed.put("type", value instanceof Boolean ? "Boolean" : value instanceof Integer ? "Integer"
            : value instanceof Double ? "Double" : "String");
      }
      variables.set(key, typed);
    });
    return variables;
  }

  static Map<String, Object> scores(double synergy, double others) {
    Map<String, Object> scores = new HashMap<>();
    for (Criterion criterion : Criterion.values()) {
      scores.put(ReviewVariables.score(criterion), criterion == Criterion.SYNERGY ? synergy : others);
      scores.put(ReviewVariables.justification(criterion), "Begrunnet vurdering av " + criterion.displayName() + ".");
    }
    return scores;
  }

  void declareAndScore(ProcessInstance application, String reviewer, double synergy, double others) {
    taskService.complete(task(application, "Task_DeclareImpartiality", reviewer).getId(),
        Map.of(ReviewVariables.CONFLICT_OF_INTEREST, false));
    taskService.complete(task(application, "Task_ReviewApplication", reviewer).getId(), scores(synergy, others));
  }

  @Test
  void noTaskFormTakesAChangeToWhatItShowsReadOnly() throws IOException {
    var yearlyOpening = managementService.createJobQuery().processDefinitionKey(CallVariables.SCHEDULE_PROCESS_KEY)
        .timers().singleResult();
    year = yearlyOpening.getDuedate().toInstant().atZone(OSLO).getYear();
    setClock(at(year, "06-01T08:00"));
    managementService.executeJob(yearlyOpening.getId());
    ProcessInstance call = runtimeService.createProcessInstanceQuery().processDefinitionKey(CallVariables.PROCESS_KEY)
        .singleResult();
    setClock(at(year, "09-10T10:00"));
    ProcessInstance admitted = submit(eligibleForm(1, "ARENA"));
    ProcessInstance disputed = submit(eligibleForm(3, "ARENA_PRO"));
    ProcessInstance deficient = submit(validForm(6));
    setClock(at(year, "09-15T12:00"));
    executeDueJobs();

    claimAndWork(task(deficient, "Task_ReviewFormalRejection", null), "officer2", Map.of("overruleFormalCheck", false));
    executeDueJobs();

    claimAndWork(task(admitted, "Task_AssignReviewers", null), "officer2",
        Map.of(ReviewVariables.SELECTED_REVIEWERS, List.of("rev1", "rev2", "rev3")));
    work(task(admitted, "Task_DeclareImpartiality", "rev1"), "rev1", Map.of(ReviewVariables.CONFLICT_OF_INTEREST, false));
    work(task(admitted, "Task_ReviewApplication", "rev1"), "rev1", scores(4.5, 4.5));
    declareAndScore(admitted, "rev2", 4.5, 4.5);
    declareAndScore(admitted, "rev3", 4.5, 4.5);

    var assign = task(disputed, "Task_AssignReviewers", null);
    taskService.claim(assign.getId(), "officer2");
    taskService.complete(assign.getId(), Map.of(ReviewVariables.SELECTED_REVIEWERS, List.of("rev1", "rev2", "rev3")));
    taskService.complete(task(disputed, "Task_DeclareImpartiality", "rev1").getId(), Map.of(
        ReviewVariables.CONFLICT_OF_INTEREST, true, ReviewVariables.CONFLICT_ORGANISATIONS, List.of(orgNumber(3)),
        ReviewVariables.CONFLICT_EXPLANATION, "Tidligere ansatt hos søkeren."));
    claimAndWork(task(disputed, "Task_NameReplacement", null), "officer2",
        Map.of(ReviewVariables.REPLACEMENT_REVIEWER, "rev4"));
    declareAndScore(disputed, "rev2", 1, 4);
    declareAndScore(disputed, "rev3", 4, 4);
    declareAndScore(disputed, "rev4", 4, 4);
    executeDueJobs();
    claimAndWork(task(disputed, "Task_Consensus", null), "officer2", Map.of(
        ReviewVariables.consensus(Criterion.SYNERGY), 3.5,
        ReviewVariables.CONSENSUS_JUSTIFICATION, "Synergien er godt beskrevet, men lite dokumentert."));
    executeDueJobs();

    claimAndWork(task(call, "Task_Recommend", null), "officer1", Map.of("recommendationComment", "Som rangert."));
    claimAndWork(task(call, "Task_Decide", null), "council1", Map.of());
    setClock(at(year, "10-15T12:00"));
    executeDueJobs();

    setClock(at(year, "10-20T09:00"));
    ProcessInstance complaint = runtimeService.startProcessInstanceByKey(ComplaintVariables.PROCESS_KEY, Map.of(
        ComplaintVariables.CASE_NUMBER, deficient.getBusinessKey(), ComplaintVariables.RECEIVED_ON, year + "-10-01",
        ComplaintVariables.COMPLAINT_TEXT, "Vi mener medlemslisten oppfyller kravene."));
    claimAndWork(task(complaint, "Task_AssessComplaint", null), "officer1", Map.of(
        ComplaintVariables.CHANGE_DECISION, false,
        ComplaintVariables.JUSTIFICATION, "Medlemslisten har for få næringslivsaktører."));
    executeDueJobs();
    claimAndWork(task(complaint, "Task_DecideAppeal", null), "appeal1", Map.of(
        ComplaintVariables.APPEAL_CHANGE_DECISION, false,
        ComplaintVariables.APPEAL_JUSTIFICATION, "Kravet om flertall fra næringslivet er ikke oppfylt."));
    executeDueJobs();

    evaluationRound(admitted.getBusinessKey(), disputed.getBusinessKey());
    lateComplaintOnAnErasedCase(deficient.getBusinessKey());

    assertThat(triedForms).as("every task form of every model").containsExactlyElementsOf(taskFormsInModels());
  }

  /**
   * The round after the admission: the admitted Arena cluster reports and is evaluated; the other
   * never reports and is followed up.
   */
  void evaluationRound(String reporting, String silent) throws IOException {
    var roundTimer = managementService.createJobQuery()
        .processDefinitionKey(EvaluationVariables.SCHEDULE_PROCESS_KEY).timers().singleResult();
    setClock(roundTimer.getDuedate().toInstant());
    managementService.executeJob(roundTimer.getId());
    executeDueJobs();
    int round = year + 1;
    setClock(at(round, "01-20T09:00"));

    Task report = task(reporting, "Task_SubmitAnnualReport");
    String manager = report.getAssignee();
    var account = identityService.createUserQuery().userId(manager).singleResult();
    account.setPassword(PASSWORD);
    identityService.saveUser(account);
    Map<String, Object> answers = new HashMap<>();
    for (String text : EvaluationVariables.REPORT_TEXTS) {
      answers.put(text, "Rapportert om " + text + " – Årets arbeid i klyngen.");
    }
    for (String number : EvaluationVariables.REPORT_COUNTS) {
      answers.put(number, 12);
    }
    answers.put(EvaluationVariables.FUNDS_USED, 900_000);
    throughTasklistsOwnPath(report, manager, answers);
    work(report, manager, answers);
    executeDueJobs();
    assertThat(jdbc.sql("select count(*) from evaluation where case_number = ? and round_year = ? and report is not null")
        .params(reporting, round).query(Integer.class).single()).isEqualTo(1);

    var resent = submitForm(report, Http.basic(manager, PASSWORD), variables(answers));
    assertThat(resent.statusCode()).as("a report sent twice: " + resent.body()).isEqualTo(404);

    Task evaluate = task(reporting, "Task_EvaluateReport");
    taskService.claim(evaluate.getId(), "officer1");
    String officer = Http.basic("officer1", PASSWORD);
    assertRefused(submitForm(evaluate, officer, variables(Map.of(EvaluationVariables.MEETS_REQUIREMENTS, true,
        EvaluationVariables.ASSESSMENT, "Vurdert."))), "development", "må fylles ut");
    ObjectNode emptyObject = variables(Map.of(EvaluationVariables.MEETS_REQUIREMENTS, true,
        EvaluationVariables.ASSESSMENT, "Vurdert."));
    emptyObject.set(EvaluationVariables.DEVELOPMENT, JSON.createObjectNode().set("value", JSON.createObjectNode()));
    assertRefused(submitForm(evaluate, officer, emptyObject), "development", "må være tekst");
    assertRefused(submitForm(evaluate, officer, variables(Map.of(EvaluationVariables.DEVELOPMENT, "YES",
        EvaluationVariables.MEETS_REQUIREMENTS, "ja", EvaluationVariables.ASSESSMENT, "Vurdert."))),
        "meetsRequirements", "må være ja eller nei (true eller false)");
    work(evaluate, "officer1", Map.of(
        EvaluationVariables.DEVELOPMENT, "YES", EvaluationVariables.MEETS_REQUIREMENTS, true,
        EvaluationVariables.ASSESSMENT, "Vurdert mot strategien."));

    Task confirm = task(reporting, "Task_ConfirmOutcome");
    taskService.claim(confirm.getId(), "officer1");
    assertRefused(submitForm(confirm, officer, variables(Map.of(EvaluationVariables.OVERRIDE_OUTCOME, "END",
        EvaluationVariables.OVERRIDE_JUSTIFICATION, "å".repeat(4001)))), "overrideJustification",
        "kan ha høyst 4000 tegn, men har 4001");
    work(confirm, "officer1", Map.of());
    executeDueJobs();
    assertThat(jdbc.sql("select round_year from evaluation where case_number = ?").param(reporting)
        .query(Integer.class).list()).containsExactly(round);

    setClock(at(round, "03-08T12:00"));
    executeDueJobs();
    claimAndWork(task(silent, "Task_FollowUpMissingReport"), "officer2", Map.of(
        EvaluationVariables.END_PARTICIPATION, false,
        EvaluationVariables.FOLLOW_UP_JUSTIFICATION, "Klyngen har varslet at rapporten kommer neste uke."));
  }

  /**
   * Tasklist's own door to the engine, {@code /camunda/api/engine}, with a webapp session: the
   * report of another case, another year and a larger grant is refused there too.
   */
  void throughTasklistsOwnPath(Task report, String manager, Map<String, Object> answers) {
    Http tasklist = new Http(port);
    assertThat(tasklist.loginToTasklist(manager, PASSWORD).statusCode()).isEqualTo(200);
    ObjectNode hijack = variables(answers);
    hijack.set("caseNumber", JSON.createObjectNode().put("value", "NIC-2026-0001"));
    hijack.set("clusterName", JSON.createObjectNode().put("value", "Kapret klynge"));
    hijack.set("roundYear", JSON.createObjectNode().put("value", 1999));
    hijack.set("grantedAmount", JSON.createObjectNode().put("value", 5_000_000));
    ObjectNode body = JSON.createObjectNode();
    body.set("variables", hijack);
    var refused = tasklist.postJson("/camunda/api/engine/engine/default/task/" + report.getId() + "/submit-form",
        body.toString(), "X-XSRF-TOKEN", tasklist.cookie("XSRF-TOKEN"));
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("\"field\":\"caseNumber\"", "\"field\":\"clusterName\"",
        "\"field\":\"roundYear\"", "\"field\":\"grantedAmount\"");
    assertThat(taskService.createTaskQuery().taskId(report.getId()).count()).isEqualTo(1);
  }

  /**
   * Three years after its complaint was answered, the rejected case's contact person is erased; a
   * complaint arriving after that goes to a case officer to answer outside the system.
   */
  void lateComplaintOnAnErasedCase(String caseNumber) throws IOException {
    setClock(at(year + 3, "10-25T22:00"));
    managementService.executeJob(managementService.createJobQuery().processDefinitionKey("PersonalDataErasure")
        .timers().activityId("StartEvent_Nightly").singleResult().getId());
    setClock(at(year + 3, "11-01T09:00"));
    ProcessInstance late = runtimeService.startProcessInstanceByKey(ComplaintVariables.PROCESS_KEY, Map.of(
        ComplaintVariables.CASE_NUMBER, caseNumber, ComplaintVariables.RECEIVED_ON, (year + 3) + "-10-30",
        ComplaintVariables.COMPLAINT_TEXT, "Vi klager igjen."));
    for (var job : managementService.createJobQuery().processInstanceId(late.getId()).executable().list()) {
      managementService.executeJob(job.getId());
    }
    claimAndWork(task(late, "Task_AnswerComplainant", null), "officer2", Map.of());
  }

  /** The form of every user task in processes/, by its id. */
  static Set<String> taskFormsInModels() throws IOException {
    Set<String> forms = new TreeSet<>();
    Pattern userTask = Pattern.compile("<bpmn:userTask [^>]*camunda:formRef=\"([^\"]+)\"");
    try (Stream<Path> models = Files.list(Path.of("processes"))) {
      for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
        Matcher matcher = userTask.matcher(Files.readString(model));
        while (matcher.find()) {
          forms.add(matcher.group(1));
        }
      }
    }
    return forms;
  }
}
