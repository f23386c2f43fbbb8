package no.klyngeprogrammet.review;

import static no.klyngeprogrammet.support.TestApplications.eligibleForm;
import static no.klyngeprogrammet.support.TestApplications.orgNumber;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import no.klyngeprogrammet.call.CallVariables;
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
 * What a reviewer can read through {@code /engine-rest}, at each step of a review, follows the
 * impartiality rule: before the declaration only what the declaration needs; the application's
 * content only in the review task after an impartial declaration; never another reviewer's identity,
 * declaration or scores; and no history at all.
 *
 * <p>Process test coverage reads the process definition as the user completing a task, which a
 * reviewer may not: the test lets reviewers read definitions for its duration, and takes it back.
 */
class ReviewerConfidentialityTest extends IntegrationTest {

  static final String PASSWORD = "habil-passord";
  static final ObjectMapper JSON = new ObjectMapper();

  /** Everything a reviewer's declaration task may show: the case, the members, the reviewer's own slot. */
  static final Set<String> BEFORE_DECLARATION = Set.of("caseNumber", "version", "clusterName", "applicantName",
      "memberListText", "memberOptions", "reviewer", "assignmentId", "reviewDueDate",
      "conflictOfInterest", "conflictOrganisations", "conflictExplanation", "replacementReviewer",
      "scoreSynergy", "justificationSynergy", "scoreValueCreation", "justificationValueCreation",
      "scoreStrategicProject", "justificationStrategicProject", "scoreParticipation", "justificationParticipation",
      "scoreLeadership", "justificationLeadership", "loopCounter", "nrOfInstances", "nrOfActiveInstances",
      "nrOfCompletedInstances");

  /**
   * The application's content, which the review form shows once the reviewer has declared
   * impartiality: one variable, the path of the form's group "Søknaden".
   */
  static final String CONTENT = "application";

  /** What that variable holds. */
  static final Set<String> CONTENT_KEYS = Set.of("level", "vision", "focusAreas", "projectDescription",
      "projectEffect", "programmeContribution", "implementationPlan", "budgetPerYear", "amountApplied",
      "ownFinancing", "memberRegisterText");

  /** Never shown to a reviewer: the contact person, and the case officer's choices among reviewers. */
  static final Set<String> NEVER = Set.of("contactName", "contactEmail", "contactPhone", "members",
      "applicantOrgNumber", "intendsNce", "reviewers", "selectedReviewers", "reviewerOptions",
      "proposedReviewersText", "replacementOptions", "replacementReasonText", "lateReview", "callId");

  @Autowired FormService formService;
  @Autowired TaskService taskService;
  @LocalServerPort int port;

  Http http;
  ProcessInstance application;
  String review;

  @BeforeEach
  void coverageMayReadTheDefinitions() {
    letCoverageReadTheDefinitions("reviewers");
  }

  @BeforeEach
  void anApplicationWaitingForItsReviewers() {
    for (String reviewer : List.of("rev1", "rev2", "rev3", "rev4")) {
      ensureUser(reviewer, "reviewers", PASSWORD);
    }
    ensureUser("officer1", "case-officers");
    http = new Http(port);
    setClock(oslo("2027-09-01T10:00"));
    runtimeService.startProcessInstanceByKey(CallVariables.PROCESS_KEY,
        Map.of(CallVariables.CALL_TITLE, "Utlysning 2027", CallVariables.DEADLINE_LOCAL, "2027-09-15T12:00"));
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("ClusterApplication")
        .latestVersion().singleResult().getId();
    application = formService.submitStartForm(definitionId, eligibleForm(1));
    setClock(oslo("2027-09-15T12:00"));
    executeDueJobs();
    setClock(oslo("2027-09-16T09:00"));
    review = runtimeService.createProcessInstanceQuery().superProcessInstanceId(application.getId()).singleResult()
        .getId();
    asOfficer("Task_AssignReviewers", Map.of(ReviewVariables.SELECTED_REVIEWERS, List.of("rev1", "rev2", "rev3")));
  }

  @Test
  void theDeclarationShowsOnlyWhatItNeedsAndNoOtherReviewer() {
    for (String reviewer : List.of("rev1", "rev2", "rev3")) {
      JsonNode shown = formVariables(reviewer, "Task_DeclareImpartiality");
      assertThat(names(shown)).as(reviewer + " before declaring").isSubsetOf(BEFORE_DECLARATION)
          .contains("caseNumber", "clusterName", "applicantName", "memberListText", "memberOptions");
      assertThat(text(shown, "memberListText")).contains("Ålesund Havbruk AS (org.nr. " + orgNumber(1001));
      assertThat(shown.toString()).as(reviewer + " sees no content and no other reviewer")
          .doesNotContain("Sørøya", "lavutslipps", "kontakt1@sokerklynge.no", "912 34 567")
          .doesNotContain(others(reviewer));
      assertThat(names(variables(reviewer, "Task_DeclareImpartiality"))).isEqualTo(names(shown));
    }
    assertNothingBeyondOwnTasks("rev1");
  }

  @Test
  void theContentIsShownOnlyInTheReviewTaskAfterAnImpartialDeclaration() throws Exception {
    declareImpartial("rev1");

    JsonNode review1 = formVariables("rev1", "Task_ReviewApplication");
    assertThat(names(review1)).contains(CONTENT).doesNotContainAnyElementsOf(NEVER);
    JsonNode content = JSON.readTree(text(review1, CONTENT));
    assertThat(names(content)).isEqualTo(CONTENT_KEYS);
    assertThat(content.path("vision").asText()).isEqualTo("Å gjøre havnæringen på Sørøya grønnere og mer lønnsom.");
    assertThat(content.path("memberRegisterText").asText()).contains("Ålesund Havbruk AS (" + orgNumber(1001));
    assertThat(review1.toString()).doesNotContain("kontakt1@sokerklynge.no", "912 34 567", "Bjørn Æsøy")
        .doesNotContain(others("rev1"));
    assertThat(names(variables("rev1", "Task_ReviewApplication"))).isEqualTo(names(review1));

    JsonNode stillDeclaring = formVariables("rev2", "Task_DeclareImpartiality");
    assertThat(names(stillDeclaring)).as("another reviewer's content stays in that reviewer's task")
        .isSubsetOf(BEFORE_DECLARATION);
    assertThat(stillDeclaring.toString()).doesNotContain("Sørøya", "rev1");
    assertThat(http.get("/engine-rest/task/" + task("Task_ReviewApplication", "rev1").getId() + "/form-variables",
        "Authorization", Http.basic("rev2", PASSWORD)).statusCode())
        .as("nor can another reviewer open it").isIn(403, 404);
    assertNothingBeyondOwnTasks("rev1");
  }

  @Test
  void aReviewerNeverSeesAnotherReviewersScoresNorTheReviewerReplacedBeforeThem() {
    declareImpartial("rev1");
    declareImpartial("rev2");
    score("rev2", "Rev2 fant sterke synergier.");
    taskService.complete(task("Task_DeclareImpartiality", "rev3").getId(), Map.of(
        ReviewVariables.CONFLICT_OF_INTEREST, true,
        ReviewVariables.CONFLICT_ORGANISATIONS, List.of(orgNumber(1001)),
        ReviewVariables.CONFLICT_EXPLANATION, "Rev3 sitter i styret i Ålesund Havbruk AS."));
    asOfficer("Task_NameReplacement", Map.of(ReviewVariables.REPLACEMENT_REVIEWER, "rev4"));

    JsonNode review1 = formVariables("rev1", "Task_ReviewApplication");
    assertThat(review1.toString()).as("rev1 sees neither rev2's scores nor who else reviews")
        .doesNotContain("Rev2 fant", "Rev3 sitter").doesNotContain(others("rev1"));
    JsonNode declaration4 = formVariables("rev4", "Task_DeclareImpartiality");
    assertThat(names(declaration4)).isSubsetOf(BEFORE_DECLARATION);
    assertThat(declaration4.toString()).as("the replacement learns nothing of the reviewer before")
        .doesNotContain("Rev3 sitter", "Rev2 fant", "Sørøya").doesNotContain(others("rev4"));

    declareImpartial("rev4");
    setClock(oslo("2027-09-30T09:00"));
    runReviewFollowUpSchedule();
    assertThat(taskService.createTaskQuery().processDefinitionKey(ReviewFollowUps.PROCESS_KEY)
        .taskDefinitionKey("Task_DecideLateReview").count()).as("rev1 and rev4 are late").isEqualTo(2);
    JsonNode late1 = formVariables("rev1", "Task_ReviewApplication");
    assertThat(names(late1)).as("the replacements offered to the case officer stay in the case officer's task")
        .doesNotContainAnyElementsOf(NEVER);
    assertThat(late1.toString()).doesNotContain(others("rev1"));
    assertNothingBeyondOwnTasks("rev1");
    assertNothingBeyondOwnTasks("rev4");
  }

  /**
   * Beyond their own task, reviewers read nothing: no history and no runtime variables, neither of
   * the review, nor of the follow-ups of late reviews, nor of the application.
   */
  void assertNothingBeyondOwnTasks(String reviewer) {
    String auth = Http.basic(reviewer, PASSWORD);
    List<String> instances = new ArrayList<>(List.of(review, application.getId()));
    runtimeService.createProcessInstanceQuery().processDefinitionKey(ReviewFollowUps.PROCESS_KEY).list()
        .forEach(followUp -> instances.add(followUp.getId()));
    for (String instance : instances) {
      List<String> ownTasks = taskService.createTaskQuery().taskAssignee(reviewer).list().stream().map(Task::getId)
          .toList();
      get("/engine-rest/variable-instance?processInstanceIdIn=" + instance, reviewer).forEach(variable ->
          assertThat(variable.path("taskId").asText()).as(reviewer + ": runtime variable " + variable.path("name")
              + " of " + instance).isIn(ownTasks));
      var history = http.get("/engine-rest/history/variable-instance?processInstanceId=" + instance,
          "Authorization", auth);
      assertThat(history.statusCode()).isEqualTo(200);
      assertThat(history.body()).as(reviewer + ": history of " + instance).isEqualTo("[]");
      assertThat(http.get("/engine-rest/process-instance/" + instance + "/variables", "Authorization", auth)
          .statusCode()).as(reviewer + ": variables of " + instance).isEqualTo(403);
    }
    assertThat(http.get("/engine-rest/history/variable-instance", "Authorization", auth).body()).isEqualTo("[]");
    assertThat(http.get("/engine-rest/history/detail", "Authorization", auth).body()).isEqualTo("[]");
  }

  JsonNode formVariables(String reviewer, String taskKey) {
    return get("/engine-rest/task/" + task(taskKey, reviewer).getId() + "/form-variables?deserializeValues=false",
        reviewer);
  }

  JsonNode variables(String reviewer, String taskKey) {
    return get("/engine-rest/task/" + task(taskKey, reviewer).getId() + "/variables?deserializeValues=false", reviewer);
  }

  JsonNode get(String path, String reviewer) {
    var response = http.get(path, "Authorization", Http.basic(reviewer, PASSWORD));
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    try {
      return JSON.readTree(response.body());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  static Set<String> names(JsonNode variables) {
    Set<String> names = new TreeSet<>();
    variables.fieldNames().forEachRemaining(names::add);
    return names;
  }

  static String text(JsonNode variables, String name) {
    return variables.path(name).path("value").asText();
  }

  static String[] others(String reviewer) {
    return List.of("rev1", "rev2", "rev3", "rev4").stream().filter(r -> !r.equals(reviewer)).toArray(String[]::new);
  }

  Task task(String key, String assignee) {
    var query = taskService.createTaskQuery().processInstanceId(review).taskDefinitionKey(key);
    return (assignee == null ? query : query.taskAssignee(assignee)).singleResult();
  }

  void asOfficer(String key, Map<String, Object> variables) {
    Task task = task(key, null);
    taskService.claim(task.getId(), "officer1");
    taskService.complete(task.getId(), variables);
  }

  void declareImpartial(String reviewer) {
    taskService.complete(task("Task_DeclareImpartiality", reviewer).getId(),
        Map.of(ReviewVariables.CONFLICT_OF_INTEREST, false));
  }

  void score(String reviewer, String justification) {
    Map<String, Object> scores = new HashMap<>();
    for (Criterion criterion : Criterion.values()) {
      scores.put(ReviewVariables.score(criterion), 4.0);
      scores.put(ReviewVariables.justification(criterion), justification);
    }
    taskService.complete(task("Task_ReviewApplication", reviewer).getId(), scores);
    managementService.createJobQuery().processInstanceId(review).activityId("Task_ReviewApplication").list()
        .forEach(job -> managementService.executeJob(job.getId()));
  }
}
