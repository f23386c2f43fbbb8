package no.klyngeprogrammet.review;

import static no.klyngeprogrammet.support.TestApplications.eligibleForm;
import static no.klyngeprogrammet.support.TestApplications.orgNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.klyngeprogrammet.call.CallVariables;
import no.klyngeprogrammet.scoring.Criterion;
import no.klyngeprogrammet.support.IntegrationTest;
import no.klyngeprogrammet.validation.ValidationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Reviewer assignment, impartiality, the reviews with their due dates, and the application's scores. */
class ReviewProcessTest extends IntegrationTest {

  static final List<String> REVIEWERS = List.of("rev1", "rev2", "rev3", "rev4", "rev5");
  static final String OFFICER = "officer1";

  @Autowired FormService formService;
  @Autowired TaskService taskService;

  ProcessInstance application;
  /** The application's review, called from it once the formal check lets it through. */
  ProcessInstance review;

  @BeforeEach
  void anEligibleApplicationAfterTheDeadline() {
    REVIEWERS.forEach(id -> ensureUser(id, "reviewers"));
    setClock(oslo("2027-09-01T10:00"));
    runtimeService.startProcessInstanceByKey(CallVariables.PROCESS_KEY,
        Map.of(CallVariables.CALL_TITLE, "Utlysning 2027", CallVariables.DEADLINE_LOCAL, "2027-09-15T12:00"));
    application = submit(eligibleForm(1));
    setClock(oslo("2027-09-15T12:00"));
    executeDueJobs();
    setClock(oslo("2027-09-16T09:00"));
  }

  ProcessInstance submit(Map<String, Object> form) {
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("ClusterApplication")
        .latestVersion().singleResult().getId();
    return formService.submitStartForm(definitionId, form);
  }

  ProcessInstance review() {
    if (review == null) {
      review = runtimeService.createProcessInstanceQuery().superProcessInstanceId(application.getId()).singleResult();
    }
    return review;
  }

  Task task(String key) {
    return taskService.createTaskQuery().processInstanceId(review().getId()).taskDefinitionKey(key).singleResult();
  }

  Task taskOf(String key, String assignee) {
    return taskService.createTaskQuery().processInstanceId(review().getId()).taskDefinitionKey(key)
        .taskAssignee(assignee).singleResult();
  }

  void completeAsOfficer(String key, Map<String, Object> variables) {
    Task task = task(key);
    taskService.claim(task.getId(), OFFICER);
    taskService.complete(task.getId(), variables);
  }

  void assign(String... reviewers) {
    completeAsOfficer("Task_AssignReviewers", Map.of(ReviewVariables.SELECTED_REVIEWERS, List.of(reviewers)));
  }

  void declareImpartial(String reviewer) {
    taskService.complete(taskOf("Task_DeclareImpartiality", reviewer).getId(),
        Map.of(ReviewVariables.CONFLICT_OF_INTEREST, false));
  }

  void threeImpartialReviewers() {
    assign("rev1", "rev2", "rev3");
    for (String reviewer : List.of("rev1", "rev2", "rev3")) {
      declareImpartial(reviewer);
    }
  }

  void score(String reviewer, double synergy, double others) {
    submitScores(reviewer, synergy, others);
    slotsFinished();
  }

  /**
   * A finished review commits alone, then records the review and leaves its slot in one job. The
   * jobs of an instance are exclusive, so reviewers finishing together never collide.
   */
  void slotsFinished() {
    managementService.createJobQuery().activityId("Task_ReviewApplication").list()
        .forEach(job -> managementService.executeJob(job.getId()));
  }

  void submitScores(String reviewer, double synergy, double others) {
    Map<String, Object> variables = new HashMap<>();
    for (Criterion criterion : Criterion.values()) {
      variables.put(ReviewVariables.score(criterion), criterion == Criterion.SYNERGY ? synergy : others);
      variables.put(ReviewVariables.justification(criterion), reviewer + " om " + criterion.displayName() + ": godt ærlig.");
    }
    taskService.complete(taskOf("Task_ReviewApplication", reviewer).getId(), variables);
  }

  List<String> mailSubjectsTo(String address) {
    return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> recipient(m).equals(address))
        .map(ReviewProcessTest::subject).toList();
  }

  @Test
  void theCaseOfficerIsProposedTheLightestLoadedReviewersAndNeedsAtLeastThree() {
    assertThat(application).isWaitingAt("Activity_Review");
    assertThat(review()).hasBusinessKey("NIC-2027-0001").isWaitingAt("Task_AssignReviewers");
    assertThat(runtimeService.getVariable(review().getId(), ReviewVariables.SELECTED_REVIEWERS).toString())
        .isEqualTo("[\"rev1\",\"rev2\",\"rev3\"]");

    Task task = task("Task_AssignReviewers");
    taskService.claim(task.getId(), OFFICER);
    assertThatThrownBy(() -> taskService.complete(task.getId(),
        Map.of(ReviewVariables.SELECTED_REVIEWERS, List.of("rev1", "rev2", "rev2"))))
        .satisfies(e -> assertThat(ValidationException.findIn(e)).isPresent())
        .hasMessageContaining("minst 3 ulike fagvurderere må velges, men 2 er valgt");
    assertThatThrownBy(() -> taskService.complete(task.getId(),
        Map.of(ReviewVariables.SELECTED_REVIEWERS, List.of("rev1", "rev2", "officer1"))))
        .hasMessageContaining("kan ikke velges for denne søknaden: officer1");
    assertThat(review()).isWaitingAt("Task_AssignReviewers");
  }

  @Test
  void eachSlotHoldsItsAssignmentAndDeclarationLocallyWrittenOnceWithTheirValues() {
    assign("rev1", "rev2", "rev3");

    List<String> slotVariables = List.of(ReviewVariables.ASSIGNMENT_ID, ReviewVariables.REVIEW_DUE_DATE,
        ReviewVariables.CONFLICT_OF_INTEREST, ReviewVariables.CONFLICT_ORGANISATIONS,
        ReviewVariables.CONFLICT_EXPLANATION, ReviewVariables.REPLACEMENT_REVIEWER);
    for (String variable : slotVariables) {
      assertThat(runtimeService.getVariableLocal(review().getId(), variable)).as("%s is not the review's", variable)
          .isNull();
      var instances = runtimeService.createVariableInstanceQuery().processInstanceIdIn(review().getId())
          .variableName(variable).list();
      assertThat(instances).as("one %s per slot", variable).hasSize(3)
          .allSatisfy(instance -> assertThat(instance.getValue()).as(variable).isNotNull());
      assertThat(instances.stream().map(VariableInstance::getExecutionId).distinct()).hasSize(3);
      assertThat(historyService.createHistoricDetailQuery().processInstanceId(review().getId()).variableUpdates().list()
          .stream().filter(detail -> variable.equals(((HistoricVariableUpdate) detail)
              .getVariableName())))
          .as("%s is written once per slot, with its value, not first empty", variable).hasSize(3);
    }
    for (String reviewer : List.of("rev1", "rev2", "rev3")) {
      String slot = taskOf("Task_DeclareImpartiality", reviewer).getExecutionId();
      assertThat(runtimeService.getVariable(slot, ReviewVariables.REVIEWER)).isEqualTo(reviewer);
      assertThat(runtimeService.getVariable(slot, ReviewVariables.CONFLICT_OF_INTEREST)).isEqualTo(false);
    }
  }

  /**
   * The review task shows the application from its snapshot: the engine keeps no history of those
   * copies. The scores, declared empty for each slot, have no history until the reviewer gives
   * them: then one historic variable with the value, and one detail row.
   */
  @Test
  void theHistoryKeepsTheReviewersScoresButNotTheApplicationShownToThem() {
    threeImpartialReviewers();
    Task reviewTask = taskOf("Task_ReviewApplication", "rev1");
    var shown = new ReviewTaskCopies().names();
    assertThat(taskService.getVariablesLocal(reviewTask.getId()).keySet()).as("the task shows the application")
        .contains(ReviewTaskListener.CONTENT);
    assertThat(shown).contains(ReviewTaskListener.CONTENT);
    String score = ReviewVariables.score(Criterion.SYNERGY);
    assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(review().getId()).variableName(score)
        .list()).as("one declared score per slot").hasSize(3).allSatisfy(v -> assertThat(v.getValue()).isNull());
    assertThat(historicVariables(score)).as("no history of a score not given").isEmpty();
    assertThat(details(score)).as("no detail says that a score was empty").isEmpty();

    score("rev1", 4, 4);

    assertThat(historicVariables(score)).as("the score given, once").singleElement()
        .satisfies(v -> assertThat(v.getValue()).isEqualTo(4.0));

    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(review().getId()).list())
        .as("nothing of what the task showed").noneMatch(v -> shown.contains(v.getName()));
    assertThat(historyService.createHistoricDetailQuery().processInstanceId(review().getId()).variableUpdates().list())
        .as("nor in the details").noneMatch(d -> shown.contains(((HistoricVariableUpdate) d).getVariableName()));
    assertThat(details(score)).extracting(HistoricVariableUpdate::getValue).containsExactly(4.0);
    assertThat(historicVariables(ReviewVariables.justification(Criterion.SYNERGY)))
        .extracting(v -> String.valueOf(v.getValue())).contains("rev1 om " + Criterion.SYNERGY.displayName() + ": godt ærlig.");
  }

  /**
   * The engine counts the reviewers' branches in variables of its own; they are rewritten each
   * time a branch ends, and the history keeps none of them, while the scores keep theirs.
   */
  @Test
  void theHistoryKeepsNoneOfTheEnginesCountsOfTheReviewersBranches() {
    threeImpartialReviewers();
    score("rev1", 4, 4);
    String[] counters = {"nrOfInstances", "nrOfActiveInstances", "nrOfCompletedInstances", "loopCounter"};

    assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(review().getId())
        .variableNameIn(counters).list()).as("the engine counts the branches").hasSize(6)
        .anySatisfy(counter -> assertThat(counter.getName()).isEqualTo("nrOfCompletedInstances"));
    assertThat(runtimeService.getVariable(review().getId(), "nrOfCompletedInstances")).isNull();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(review().getId())
        .variableNameIn(counters).list()).as("no historic counter").isEmpty();
    assertThat(historyService.createHistoricDetailQuery().processInstanceId(review().getId()).variableUpdates().list())
        .as("no detail of a counter").noneMatch(d -> List.of(counters).contains(((HistoricVariableUpdate) d).getVariableName()));
    assertThat(details(ReviewVariables.score(Criterion.SYNERGY))).extracting(HistoricVariableUpdate::getValue)
        .containsExactly(4.0);
  }

  /** The declaration is stored as submitted, once, and an empty one as impartial. */
  @Test
  void anImpartialDeclarationIsWrittenOnceAndAnEmptyOneCountsAsImpartial() {
    assign("rev1", "rev2", "rev3");
    declareImpartial("rev1");
    Map<String, Object> empty = new HashMap<>();
    empty.put(ReviewVariables.CONFLICT_OF_INTEREST, null);
    taskService.complete(taskOf("Task_DeclareImpartiality", "rev2").getId(), empty);

    assertThat(details(ReviewVariables.CONFLICT_OF_INTEREST)).extracting(HistoricVariableUpdate::getValue)
        .as("declared for three slots, submitted by two, the empty one read as impartial")
        .containsExactlyInAnyOrder(false, false, false, false, null, false);
    assertThat(taskOf("Task_ReviewApplication", "rev2")).as("the empty declaration counts as impartial").isNotNull();
  }

  List<HistoricVariableInstance> historicVariables(String name) {
    return historyService.createHistoricVariableInstanceQuery().processInstanceId(review().getId()).variableName(name).list();
  }

  List<HistoricVariableUpdate> details(String name) {
    return historyService.createHistoricDetailQuery().processInstanceId(review().getId()).variableUpdates().list().stream()
        .map(HistoricVariableUpdate.class::cast).filter(d -> d.getVariableName().equals(name)).toList();
  }

  @Test
  void aFinishedReviewIsRecordedAndLeavesItsSlotInOneJob() {
    threeImpartialReviewers();
    submitScores("rev1", 4, 4);
    var continuation = managementService.createJobQuery().processInstanceId(review().getId()).messages().list();
    assertThat(continuation).as("the submission commits alone, with one job to continue").hasSize(1);
    assertThat(count("select count(*) from review_assignment where status = 'COMPLETED'")).isZero();

    managementService.executeJob(continuation.get(0).getId());

    assertThat(count("select count(*) from review_assignment where status = 'COMPLETED'")).isEqualTo(1);
    assertThat(managementService.createJobQuery().processInstanceId(review().getId()).messages().count())
        .as("the slot ended in the same job").isZero();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(review().getId())
        .activityId("EndEvent_ReviewDone").finished().count()).isEqualTo(1);
    assertThat(managementService.createJobQuery().processInstanceId(review().getId()).count())
        .as("the other two slots wait without timers or jobs").isZero();
    assertThat(runtimeService.createExecutionQuery().processInstanceId(review().getId())
        .messageEventSubscriptionName(ReviewFollowUps.replacementMessage(
            (Long) taskService.getVariable(taskOf("Task_ReviewApplication", "rev2").getId(), ReviewVariables.ASSIGNMENT_ID)))
        .count()).as("each open review task can be withdrawn by its own message").isEqualTo(1);
  }

  @Test
  void threeImpartialReviewersInAgreementGiveTheFinalScores() {
    assign("rev1", "rev2", "rev3");
    assertThat(taskService.createTaskQuery().taskDefinitionKey("Task_DeclareImpartiality").list())
        .extracting(Task::getAssignee).containsExactlyInAnyOrder("rev1", "rev2", "rev3");
    assertThat(taskService.createTaskQuery().taskAssignee("rev1").taskDefinitionKey("Task_ReviewApplication").count())
        .as("the application's content is not shown before impartiality is declared").isZero();

    for (String reviewer : List.of("rev1", "rev2", "rev3")) {
      declareImpartial(reviewer);
    }
    Task review = taskOf("Task_ReviewApplication", "rev1");
    assertThat(review.getDueDate().toInstant()).isEqualTo(oslo("2027-09-30T09:00"));
    score("rev1", 4, 4);
    score("rev2", 3.5, 4);
    assertThatThrownBy(() -> score("rev3", 5.5, 4))
        .satisfies(e -> assertThat(ValidationException.findIn(e)).isPresent())
        .hasMessageContaining("1. Synergi: poeng (scoreSynergy): må være mellom 0 og 5");
    score("rev3", 4.5, 4);

    assertThat(review()).hasPassed("Activity_ScoreApplication", "Gateway_MergeConsensus", "Activity_RecordFinalScores")
        .isEnded();
    assertThat(application).isWaitingAt("Activity_ReportScored");
    assertThat(jdbc.sql("select final_score from application_score where criterion = 'SYNERGY'")
        .query(BigDecimal.class).single()).isEqualByComparingTo("4.00");
    assertThat(jdbc.sql("select total from application_result").query(BigDecimal.class).single()).isEqualByComparingTo("20.00");
    assertThat(count("select count(*) from application_result where passes_thresholds")).isEqualTo(1);
    assertThat(count("select count(*) from review_assignment where status = 'COMPLETED'")).isEqualTo(3);
    assertThat(count("select count(*) from review_score")).isEqualTo(15);
    assertThat(historicVariables(ReviewVariables.NEEDS_CONSENSUS)).extracting(HistoricVariableInstance::getValue)
        .containsExactly(false);
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(review().getId())
        .variableNameIn(ReviewVariables.SCORE_SUMMARY_TEXT, ReviewVariables.needsConsensus(Criterion.SYNERGY),
            ReviewVariables.needsConsensus(Criterion.LEADERSHIP)).list())
        .as("without a consensus task, nothing written for one").isEmpty();
  }

  @Test
  void aDeclaredConflictIsRecordedAndTheCaseOfficerNamesAReplacement() {
    assign("rev1", "rev2", "rev3");
    String tiedOrganisation = orgNumber(1001);
    taskService.complete(taskOf("Task_DeclareImpartiality", "rev1").getId(), Map.of(
        ReviewVariables.CONFLICT_OF_INTEREST, true,
        ReviewVariables.CONFLICT_ORGANISATIONS, List.of(tiedOrganisation),
        ReviewVariables.CONFLICT_EXPLANATION, "Jeg sitter i styret i Ålesund Havbruk AS."));

    assertThat(count("select count(*) from review_assignment where reviewer_id = 'rev1' and status = 'CONFLICT'")).isEqualTo(1);
    assertThat(jdbc.sql("select org_number from reviewer_tie where reviewer_id = 'rev1'").query(String.class).single())
        .isEqualTo(tiedOrganisation);
    Task replacement = task("Task_NameReplacement");
    assertThat(taskService.getVariable(replacement.getId(), ReviewVariables.REPLACEMENT_REASON_TEXT))
        .isEqualTo("Fagvurdereren rev1 har erklært seg inhabil: Jeg sitter i styret i Ålesund Havbruk AS.");
    assertThat(taskService.getVariable(replacement.getId(), ReviewVariables.REPLACEMENT_OPTIONS).toString())
        .contains("rev4", "rev5").doesNotContain("\"rev1\"", "\"rev2\"");
    taskService.claim(replacement.getId(), OFFICER);
    assertThatThrownBy(() -> taskService.complete(replacement.getId(), Map.of(ReviewVariables.REPLACEMENT_REVIEWER, "rev1")))
        .hasMessageContaining("rev1 kan ikke velges for denne søknaden");
    taskService.complete(replacement.getId(), Map.of(ReviewVariables.REPLACEMENT_REVIEWER, "rev4"));

    assertThat(taskOf("Task_DeclareImpartiality", "rev4")).isNotNull();
    for (String reviewer : List.of("rev2", "rev3", "rev4")) {
      declareImpartial(reviewer);
      score(reviewer, 4, 4);
    }
    assertThat(application).isWaitingAt("Activity_ReportScored");
    assertThat(jdbc.sql("select reviewer_id from review_assignment where status = 'COMPLETED' order by reviewer_id")
        .query(String.class).list()).containsExactly("rev2", "rev3", "rev4");

    setClock(oslo("2027-10-01T10:00"));
    runtimeService.startProcessInstanceByKey(CallVariables.PROCESS_KEY,
        Map.of(CallVariables.DEADLINE_LOCAL, "2028-02-01T12:00"));
    Map<String, Object> laterApplication = eligibleForm(2);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> members = new java.util.ArrayList<>((List<Map<String, Object>>) laterApplication.get("members"));
    members.add(no.klyngeprogrammet.support.TestApplications.member("Ålesund Havbruk AS", tiedOrganisation, "INDUSTRY"));
    laterApplication.put("members", members);
    application = submit(laterApplication);
    review = null;
    setClock(oslo("2028-02-01T12:00"));
    executeDueJobs();
    assertThat(runtimeService.getVariable(review().getId(), ReviewVariables.REVIEWER_OPTIONS).toString())
        .as("a reviewer tied to a member organisation is never proposed again").doesNotContain("\"rev1\"");
  }

  /** The follow-up of one reviewer's review, once the nightly run has started it. */
  ProcessInstance followUpOf(String reviewer) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(ReviewFollowUps.PROCESS_KEY)
        .variableValueEquals(ReviewVariables.REVIEWER, reviewer).singleResult();
  }

  Task lateReviewDecision() {
    return taskService.createTaskQuery().processDefinitionKey(ReviewFollowUps.PROCESS_KEY)
        .taskDefinitionKey("Task_DecideLateReview").singleResult();
  }

  /** rev1 and rev2 have scored; rev3 is past the due date, and a case officer has taken the decision. */
  Task rev3IsLate() {
    threeImpartialReviewers();
    score("rev1", 4, 4);
    score("rev2", 4, 4);
    setClock(oslo("2027-09-30T09:00"));
    runReviewFollowUpSchedule();
    Task decision = lateReviewDecision();
    taskService.claim(decision.getId(), OFFICER);
    return decision;
  }

  @Test
  void remindersGoOutBeforeAndAtTheDueDateAndALateReviewerCanBeReplaced() {
    threeImpartialReviewers();
    score("rev1", 4, 4);
    score("rev2", 4, 4);

    setClock(oslo("2027-09-24T09:00"));
    runReviewFollowUpSchedule();
    assertThat(followUpOf("rev3")).as("three days before the reminder, the review has no follow-up yet").isNull();
    setClock(oslo("2027-09-26T02:00"));
    runReviewFollowUpSchedule();
    ProcessInstance followUp = followUpOf("rev3");
    assertThat(followUp).as("the night before the reminder's day").isNotNull();
    assertThat(followUpOf("rev1")).as("a review delivered in good time is never followed up").isNull();
    setClock(oslo("2027-09-27T08:59"));
    executeDueJobs();
    assertThat(mailSubjectsTo("rev3@programmet.no")).isEmpty();
    setClock(oslo("2027-09-27T09:00"));
    executeDueJobs();
    assertThat(mailSubjectsTo("rev3@programmet.no"))
        .containsExactly("Påminnelse: fagvurdering av NIC-2027-0001 har frist 30. september 2027 kl. 09:00");

    setClock(oslo("2027-09-30T09:00"));
    executeDueJobs();
    assertThat(mailSubjectsTo("rev3@programmet.no")).hasSize(2)
        .contains("Fristen for fagvurdering av NIC-2027-0001 er passert");
    Task decision = lateReviewDecision();
    assertThat(taskService.getVariable(decision.getId(), "clusterName")).as("the case officer sees which cluster")
        .isEqualTo(eligibleForm(1).get("clusterName"));
    taskService.claim(decision.getId(), OFFICER);
    taskService.complete(decision.getId(), Map.of(ReviewVariables.KEEP_REVIEWER, false,
        ReviewVariables.REPLACEMENT_REVIEWER, "rev5"));

    assertThat(taskOf("Task_ReviewApplication", "rev3")).as("the late reviewer's task disappears").isNull();
    assertThat(count("select count(*) from review_assignment where reviewer_id = 'rev3' and status = 'REPLACED'")).isEqualTo(1);
    assertThat(followUp).hasPassed("Activity_ReplaceLateReviewer", "EndEvent_ReviewerReplaced").isEnded();
    declareImpartial("rev5");
    score("rev5", 4, 4);
    assertThat(review()).hasPassed("Event_ReviewerReplaced", "Activity_ReplaceReviewer");
    assertThat(application).isWaitingAt("Activity_ReportScored");
  }

  @Test
  void aLateReviewerCanBeKeptAndTheirReviewStillCounts() {
    Task decision = rev3IsLate();
    taskService.complete(decision.getId(), Map.of(ReviewVariables.KEEP_REVIEWER, true));
    assertThat(historyService.createHistoricActivityInstanceQuery().activityId("EndEvent_KeepReviewer").count())
        .isEqualTo(1);

    score("rev3", 4, 4);
    assertThat(application).isWaitingAt("Activity_ReportScored");
    assertThat(count("select count(*) from review_assignment where status = 'COMPLETED'")).isEqualTo(3);
  }

  @Test
  void aCaseOfficerCannotReplaceAReviewerWhoseReviewHasJustBeenDelivered() {
    Task decision = rev3IsLate();
    submitScores("rev3", 4, 4);

    assertThatThrownBy(() -> taskService.complete(decision.getId(), Map.of(ReviewVariables.KEEP_REVIEWER, false,
        ReviewVariables.REPLACEMENT_REVIEWER, "rev5")))
        .hasMessageContaining("Ny fagvurderer (replacementReviewer): kan ikke settes inn: fagvurderingen er levert i mellomtiden");
    assertThat(count("select count(*) from review_assignment where reviewer_id = 'rev5'")).isZero();
    slotsFinished();
    assertThat(lateReviewDecision()).as("the recorded review ends the follow-up").isNull();
    assertThat(application).isWaitingAt("Activity_ReportScored");
  }

  @Test
  void noReminderGoesOutOnceTheReviewIsDone() {
    assertThat(rev3IsLate()).isNotNull();

    score("rev3", 4, 4);
    assertThat(lateReviewDecision()).as("finishing the review withdraws the case officer's decision").isNull();
    assertThat(followUpOf("rev3")).isNull();
    setClock(oslo("2027-12-31T09:00"));
    runReviewFollowUpSchedule();
    assertThat(mailSubjectsTo("rev1@programmet.no")).isEmpty();
    assertThat(mailSubjectsTo("rev3@programmet.no")).hasSize(2);
  }

  @Test
  void reviewersCompletingAtTheSameMomentGetNoErrorAndTheScoringRunsOnce() throws Exception {
    threeImpartialReviewers();
    List<String> reviewers = List.of("rev1", "rev2", "rev3");
    var barrier = new java.util.concurrent.CyclicBarrier(reviewers.size());
    var pool = java.util.concurrent.Executors.newFixedThreadPool(reviewers.size());
    try {
      List<java.util.concurrent.Future<?>> completions = reviewers.stream().map(reviewer -> pool.submit(() -> {
        barrier.await();
        submitScores(reviewer, 4, 4);
        return null;
      })).collect(java.util.stream.Collectors.toList());
      for (var completion : completions) {
        completion.get();
      }
    } finally {
      pool.shutdownNow();
    }
    executeDueJobs();

    assertThat(count("select count(*) from review_assignment where status = 'COMPLETED'")).isEqualTo(3);
    assertThat(count("select count(*) from application_result")).as("the scoring ran once").isEqualTo(1);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(review().getId())
        .activityId("Activity_ScoreApplication").count()).isEqualTo(1);
  }

  @Test
  void aLargeDisagreementNeedsAConsensusScoreWhichThenStands() {
    threeImpartialReviewers();
    score("rev1", 1, 4);
    score("rev2", 4, 4);
    score("rev3", 4, 4);

    assertThat(review()).isWaitingAt("Task_Consensus");
    assertThat(runtimeService.getVariables(review().getId()))
        .containsEntry(ReviewVariables.needsConsensus(Criterion.SYNERGY), true)
        .containsEntry(ReviewVariables.needsConsensus(Criterion.LEADERSHIP), false);
    assertThat((String) runtimeService.getVariable(review().getId(), ReviewVariables.SCORE_SUMMARY_TEXT))
        .contains("1. Synergi: snitt 3.00 (stor uenighet)", "rev1: 1.0 – rev1 om Synergi: godt ærlig.");
    Task consensus = task("Task_Consensus");
    taskService.claim(consensus.getId(), OFFICER);
    assertThatThrownBy(() -> taskService.complete(consensus.getId(), Map.of(ReviewVariables.consensus(Criterion.SYNERGY), 3.5)))
        .hasMessageContaining("Begrunnelse (consensusJustification): må fylles ut");
    taskService.complete(consensus.getId(), Map.of(ReviewVariables.consensus(Criterion.SYNERGY), 3.5,
        ReviewVariables.CONSENSUS_JUSTIFICATION, "Omforent etter møte: synergien er godt dokumentert."));

    assertThat(application).isWaitingAt("Activity_ReportScored");
    assertThat(jdbc.sql("select mean, final_score, by_consensus from application_score where criterion = 'SYNERGY'")
        .query((rs, row) -> rs.getBigDecimal(1) + "/" + rs.getBigDecimal(2) + "/" + rs.getBoolean(3)).single())
        .isEqualTo("3.00/3.50/true");
    assertThat(jdbc.sql("select consensus_by from application_result").query(String.class).single()).isEqualTo(OFFICER);
    assertThat(jdbc.sql("select total from application_result").query(BigDecimal.class).single()).isEqualByComparingTo("19.50");
  }

  private static String recipient(MimeMessage message) {
    try {
      return message.getAllRecipients()[0].toString();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
