package no.klyngeprogrammet.evaluation;

import static no.klyngeprogrammet.support.TestApplications.eligibleForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.klyngeprogrammet.call.CallVariables;
import no.klyngeprogrammet.review.ReviewVariables;
import no.klyngeprogrammet.scoring.Criterion;
import no.klyngeprogrammet.support.Http;
import no.klyngeprogrammet.support.IntegrationTest;
import no.klyngeprogrammet.support.RestVariables;
import no.klyngeprogrammet.validation.ValidationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Evaluation rounds started on demand through the start form, as the embedded default's
 * walk-through does: a short call admits clusters, then an administrator and a case officer start
 * the rounds of the following years one after another, and the registry shows each cluster's
 * evaluations over the years.
 */
class EvaluationRoundStartTest extends IntegrationTest {

  static final String OFFICER_PASSWORD = "runde-passord";
  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired FormService formService;
  @Autowired TaskService taskService;
  @LocalServerPort int port;

  Http http;
  /** The year the clusters are admitted: the year before the yearly timer's next round. */
  int year;

  @BeforeEach
  void people() {
    for (String reviewer : List.of("rev1", "rev2", "rev3")) {
      ensureUser(reviewer, "reviewers");
    }
    ensureUser("officer1", "case-officers");
    ensureUser("officer2", "case-officers");
    ensureUser("council1", "programme-council");
    ensureUser("applicant1", "applicants");
    for (String user : List.of("officer1", "applicant1")) {
      var account = identityService.createUserQuery().userId(user).singleResult();
      account.setPassword(OFFICER_PASSWORD);
      identityService.saveUser(account);
    }
    http = new Http(port);
    year = yearlyRoundTimer().getDuedate().toInstant().atZone(OSLO).getYear() - 1;
  }

  Job yearlyRoundTimer() {
    return managementService.createJobQuery().processDefinitionKey(EvaluationVariables.SCHEDULE_PROCESS_KEY).timers()
        .singleResult();
  }

  Instant at(int y, String monthDayTime) {
    return oslo(y + "-" + monthDayTime);
  }

  String caseNumber(int sequence) {
    return String.format("NIC-%d-%04d", year, sequence);
  }

  /** A call with a deadline days away and the announcement a day after it, as the demo options give. */
  void admitTwoClusters() {
    setClock(at(year, "11-20T10:00"));
    ProcessInstance call = runtimeService.startProcessInstanceByKey(CallVariables.PROCESS_KEY, Map.of(
        CallVariables.CALL_TITLE, "Demonstrasjonsutlysning " + year,
        CallVariables.DEADLINE_LOCAL, year + "-11-25T12:00",
        CallVariables.ANNOUNCEMENT_LOCAL, year + "-11-26T12:00"));
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("ClusterApplication")
        .latestVersion().singleResult().getId();
    List<ProcessInstance> applications = List.of(
        formService.submitStartForm(definitionId, eligibleForm(1, "ARENA")),
        formService.submitStartForm(definitionId, eligibleForm(2, "ARENA_PRO")));
    setClock(at(year, "11-25T12:00"));
    executeDueJobs();
    for (ProcessInstance application : applications) {
      complete(reviewOf(application), "Task_AssignReviewers", "officer2",
          Map.of(ReviewVariables.SELECTED_REVIEWERS, List.of("rev1", "rev2", "rev3")));
      for (String reviewer : List.of("rev1", "rev2", "rev3")) {
        taskService.complete(task(reviewOf(application), "Task_DeclareImpartiality", reviewer).getId(),
            Map.of(ReviewVariables.CONFLICT_OF_INTEREST, false));
        Map<String, Object> scores = new HashMap<>();
        for (Criterion criterion : Criterion.values()) {
          scores.put(ReviewVariables.score(criterion), 4.5);
          scores.put(ReviewVariables.justification(criterion), "Sterk søknad.");
        }
        taskService.complete(task(reviewOf(application), "Task_ReviewApplication", reviewer).getId(), scores);
      }
    }
    executeDueJobs();
    complete(call.getId(), "Task_Recommend", "officer1", Map.of());
    complete(call.getId(), "Task_Decide", "council1", Map.of());
    setClock(at(year, "11-26T12:00"));
    executeDueJobs();
    assertThat(count("select count(*) from cluster_registry where status = 'ACTIVE'")).isEqualTo(2);
  }

  /** The review that the application calls once the formal check lets it through. */
  String reviewOf(ProcessInstance application) {
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(application.getId()).singleResult().getId();
  }

  Task task(String processInstanceId, String key, String assignee) {
    return taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key)
        .taskAssignee(assignee).singleResult();
  }

  void complete(String processInstanceId, String key, String assignee, Map<String, Object> variables) {
    Task task = taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key)
        .singleResult();
    taskService.claim(task.getId(), assignee);
    taskService.complete(task.getId(), variables);
  }

  java.net.http.HttpResponse<String> startRound(String user, String password, Map<String, Object> form) {
    return http.postJson("/engine-rest/process-definition/key/EvaluationRound/submit-form", RestVariables.body(form),
        "Authorization", Http.basic(user, password));
  }

  Task evaluationTask(String caseNumber, String key) {
    return taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(key).singleResult();
  }

  /** The cluster manager reports, a case officer assesses and confirms the outcome the rules propose. */
  void reportAndEvaluate(String caseNumber) {
    Map<String, Object> report = new HashMap<>();
    for (String text : EvaluationVariables.REPORT_TEXTS) {
      report.put(text, "Årets arbeid i klyngen: " + text + ".");
    }
    for (String number : EvaluationVariables.REPORT_COUNTS) {
      report.put(number, 12);
    }
    report.put(EvaluationVariables.FUNDS_USED, 1_500_000);
    Task submit = evaluationTask(caseNumber, "Task_SubmitAnnualReport");
    assertThat(submit.getAssignee()).isEqualTo(caseNumber.replace("-", "").toLowerCase());
    taskService.complete(submit.getId(), report);
    executeDueJobs();
    Task evaluate = evaluationTask(caseNumber, "Task_EvaluateReport");
    taskService.claim(evaluate.getId(), "officer1");
    taskService.complete(evaluate.getId(), Map.of(EvaluationVariables.DEVELOPMENT, "YES",
        EvaluationVariables.MEETS_REQUIREMENTS, true, EvaluationVariables.ASSESSMENT, "I tråd med strategien."));
    Task confirm = evaluationTask(caseNumber, "Task_ConfirmOutcome");
    taskService.claim(confirm.getId(), "officer1");
    taskService.complete(confirm.getId(), Map.of());
    executeDueJobs();
  }

  @Test
  void roundsStartedOneAfterAnotherGiveEachClusterItsHistoryOverTheYears() throws Exception {
    admitTwoClusters();

    setClock(at(year, "11-27T09:00"));
    var first = startRound("admin", "test-admin", Map.of(EvaluationVariables.ROUND_YEAR, year + 1,
        EvaluationVariables.REPORT_DUE_LOCAL, year + "-12-10T12:00"));
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    executeDueJobs();
    assertThat(jdbc.sql("select report_due from evaluation_round where round_year = ?").param(year + 1)
        .query(java.time.OffsetDateTime.class).single().toInstant()).isEqualTo(at(year, "12-10T12:00"));
    assertThat(jdbc.sql("select started_by from evaluation_round where round_year = ?").param(year + 1)
        .query(String.class).single()).isEqualTo("admin");
    assertThat(evaluationTask(caseNumber(1), "Task_SubmitAnnualReport").getDueDate().toInstant())
        .as("the due date the round fixed").isEqualTo(at(year, "12-10T12:00"));
    reportAndEvaluate(caseNumber(1));
    reportAndEvaluate(caseNumber(2));

    setClock(at(year, "12-11T09:00"));
    var second = startRound("officer1", OFFICER_PASSWORD, Map.of(EvaluationVariables.ROUND_YEAR, year + 2,
        EvaluationVariables.REPORT_DUE_LOCAL, year + "-12-28T12:00"));
    assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
    executeDueJobs();
    reportAndEvaluate(caseNumber(1));
    reportAndEvaluate(caseNumber(2));

    var registry = http.get("/api/registry", "Authorization", Http.basic("officer1", OFFICER_PASSWORD));
    assertThat(registry.statusCode()).isEqualTo(200);
    JsonNode clusters = JSON.readTree(registry.body()).get("clusters");
    assertThat(clusters).hasSize(2);
    for (JsonNode cluster : clusters) {
      List<String> evaluations = new ArrayList<>();
      cluster.get("history").forEach(event -> {
        if (event.get("kind").asText().equals("EVALUATED")) {
          evaluations.add(event.get("detail").asText());
        }
      });
      assertThat(evaluations).as(cluster.get("entry").get("caseNumber").asText()).containsExactly(
          "Årlig evaluering " + (year + 1) + ": Fortsetter", "Årlig evaluering " + (year + 2) + ": Fortsetter");
      assertThat(cluster.get("nextEvaluation").asText()).as("after the two rounds started ahead of their dates")
          .isEqualTo((year + 3) + "-01-15");
    }
    String page = http.get("/klyngeregister", "Authorization", Http.basic("officer1", OFFICER_PASSWORD)).body();
    assertThat(page).contains("Årlig evaluering " + (year + 1) + ": Fortsetter",
        "Årlig evaluering " + (year + 2) + ": Fortsetter");
    assertThat(count("select count(*) from evaluation")).isEqualTo(4);
  }

  @Test
  void aRefusedStartNamesEveryBrokenRuleAndStoresNothing() throws Exception {
    setClock(at(year, "11-27T09:00"));
    var tooLate = startRound("admin", "test-admin", Map.of(EvaluationVariables.ROUND_YEAR, year + 2,
        EvaluationVariables.REPORT_DUE_LOCAL, year + "-11-27T08:00"));
    assertThat(tooLate.statusCode()).isEqualTo(400);
    JsonNode errors = JSON.readTree(tooLate.body()).get("fieldErrors");
    assertThat(errors.toString())
        .contains("\"field\":\"roundYear\"").contains("kan ikke være senere enn " + (year + 1))
        .contains("\"field\":\"reportDueLocal\"").contains("den må ligge fram i tid");
    var malformed = startRound("admin", "test-admin", Map.of(EvaluationVariables.ROUND_YEAR, "neste år",
        EvaluationVariables.REPORT_DUE_LOCAL, "1. mars"));
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(malformed.body()).contains("Evalueringsår").contains("må være et årstall")
        .contains("Frist for årsrapporten").contains("må være dato og klokkeslett");
    assertThat(startRound("applicant1", OFFICER_PASSWORD, Map.of()).statusCode())
        .as("an applicant may not start a round").isIn(403, 404);
    assertThat(count("select count(*) from evaluation_round")).isZero();
    assertThat(historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(EvaluationVariables.ROUND_PROCESS_KEY).count()).isZero();

    var defaults = startRound("admin", "test-admin", Map.of());
    assertThat(defaults.statusCode()).as(defaults.body()).isEqualTo(200);
    assertThat(jdbc.sql("select report_due from evaluation_round where round_year = ?").param(year + 1)
        .query(java.time.OffsetDateTime.class).single().toInstant())
        .as("empty fields take the next round and its configured due date").isEqualTo(at(year + 1, "03-01T12:00"));
    var again = startRound("officer1", OFFICER_PASSWORD, Map.of(EvaluationVariables.ROUND_YEAR, year + 1));
    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(again.body()).contains("det er allerede startet en evalueringsrunde for " + (year + 1));
    assertThat(count("select count(*) from evaluation_round")).isEqualTo(1);
  }

  @Test
  void aPastYearANegativeYearAndAYearBeyondAnIntegerAreRefusedThroughRestNamingTheYear() throws Exception {
    setClock(at(year, "11-27T09:00"));
    for (Object refused : List.of(year - 1, -5, 4_294_967_296L + year + 1)) {
      var answer = startRound("admin", "test-admin", Map.of(EvaluationVariables.ROUND_YEAR, refused,
          EvaluationVariables.REPORT_DUE_LOCAL, year + "-12-20T12:00"));
      assertThat(answer.statusCode()).as(refused + ": " + answer.body()).isEqualTo(400);
      assertThat(JSON.readTree(answer.body()).get("fieldErrors").toString()).as(refused.toString())
          .contains("\"field\":\"roundYear\"").containsAnyOf("kan ikke være tidligere enn " + year,
              "kan ikke være senere enn " + (year + 1));
    }
    assertThat(count("select count(*) from evaluation_round")).isZero();
    assertThat(historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(EvaluationVariables.ROUND_PROCESS_KEY).count()).isZero();
  }

  /**
   * An empty year means the round the calendar opens next: two people starting it at the same moment
   * (real threads through REST, three tries) give one round and one refusal naming the year, and an
   * empty start after it is refused too, never opening the year after.
   */
  @Test
  void emptyYearStartsAtTheSameMomentGiveOneRoundAndNeverTheYearAfter() throws Exception {
    setClock(at(year, "11-27T09:00"));
    var pool = Executors.newFixedThreadPool(2);
    try {
      for (int attempt = 0; attempt < 3; attempt++) {
        var barrier = new CyclicBarrier(2);
        List<Future<java.net.http.HttpResponse<String>>> starts = new ArrayList<>();
        for (String user : List.of("admin", "officer1")) {
          String password = user.equals("admin") ? "test-admin" : OFFICER_PASSWORD;
          starts.add(pool.submit(() -> {
            barrier.await();
            return startRound(user, password, Map.of());
          }));
        }
        List<Integer> statuses = new ArrayList<>();
        for (var start : starts) {
          var answer = start.get();
          statuses.add(answer.statusCode());
          if (answer.statusCode() == 400) {
            assertThat(JSON.readTree(answer.body()).get("fieldErrors").toString()).as("attempt %d", attempt)
                .contains("\"field\":\"roundYear\"")
                .contains("det er allerede startet en evalueringsrunde for " + (year + 1));
          }
        }
        assertThat(statuses).as("attempt %d", attempt).containsExactlyInAnyOrder(200, 400);
        assertThat(jdbc.sql("select round_year from evaluation_round").query(Integer.class).list())
            .as("attempt %d", attempt).containsExactly(year + 1);

        var later = startRound("officer1", OFFICER_PASSWORD, Map.of());
        assertThat(later.statusCode()).as(later.body()).isEqualTo(400);
        assertThat(later.body()).contains("oppgi året for å starte en senere runde");
        assertThat(count("select count(*) from evaluation_round")).isEqualTo(1);

        runtimeService.deleteProcessInstances(runtimeService.createProcessInstanceQuery()
            .processDefinitionKey(EvaluationVariables.ROUND_PROCESS_KEY).list().stream().map(p -> p.getId()).toList(),
            "next attempt", true, true);
        jdbc.sql("delete from evaluation_round").update();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void twoRoundsOfOneYearStartedAtTheSameMomentGiveOneRound() throws Exception {
    setClock(at(year, "11-27T09:00"));
    var barrier = new CyclicBarrier(2);
    var pool = Executors.newFixedThreadPool(2);
    List<Future<ProcessInstance>> starts = new ArrayList<>();
    try {
      for (int i = 0; i < 2; i++) {
        starts.add(pool.submit(() -> {
          barrier.await();
          return runtimeService.startProcessInstanceByKey(EvaluationVariables.ROUND_PROCESS_KEY,
              Map.of(EvaluationVariables.ROUND_YEAR, year + 1));
        }));
      }
      int started = 0;
      List<Throwable> refused = new ArrayList<>();
      for (var start : starts) {
        try {
          start.get();
          started++;
        } catch (ExecutionException e) {
          refused.add(e.getCause());
        }
      }
      assertThat(started).isEqualTo(1);
      assertThat(refused).singleElement().satisfies(e -> assertThat(ValidationException.findIn(e)).hasValueSatisfying(
          v -> assertThat(v.getMessage()).contains("det er allerede startet en evalueringsrunde for " + (year + 1))));
    } finally {
      pool.shutdownNow();
    }
    assertThat(count("select count(*) from evaluation_round")).isEqualTo(1);
    assertThat(historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(EvaluationVariables.ROUND_PROCESS_KEY).count()).isEqualTo(1);
  }

  @Test
  void theYearlyTimerLeavesARoundAlreadyStartedAlone() {
    setClock(at(year, "12-01T09:00"));
    runtimeService.startProcessInstanceByKey(EvaluationVariables.ROUND_PROCESS_KEY,
        Map.of(EvaluationVariables.ROUND_YEAR, year + 1));
    setClock(yearlyRoundTimer().getDuedate().toInstant());
    managementService.executeJob(yearlyRoundTimer().getId());

    assertThat(historyService.createHistoricActivityInstanceQuery().activityId("EndEvent_RoundAlreadyStarted").count())
        .isEqualTo(1);
    assertThat(historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(EvaluationVariables.ROUND_PROCESS_KEY).count()).isEqualTo(1);
    assertThat(count("select count(*) from evaluation_round")).isEqualTo(1);
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(EvaluationVariables.ROUND_PROCESS_KEY,
        Map.of(EvaluationVariables.ROUND_YEAR, year + 1))).hasMessageContaining("bare være én runde per år");
  }
}
