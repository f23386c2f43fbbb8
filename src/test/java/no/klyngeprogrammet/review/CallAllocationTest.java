package no.klyngeprogrammet.review;

import static no.klyngeprogrammet.support.TestApplications.eligibleForm;
import static no.klyngeprogrammet.support.TestApplications.orgNumber;
import static no.klyngeprogrammet.support.TestApplications.validForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import no.klyngeprogrammet.call.CallVariables;
import no.klyngeprogrammet.formal.FormalCheckVariables;
import no.klyngeprogrammet.pool.AffiliationKind;
import no.klyngeprogrammet.pool.ReviewerPool;
import no.klyngeprogrammet.support.IntegrationTest;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The call-wide allocation, proposed at the deadline and confirmed in one place, through the real processes. */
class CallAllocationTest extends IntegrationTest {

  static final String OFFICER = "officer1";

  @Autowired FormService formService;
  @Autowired TaskService taskService;
  @Autowired ReviewerPool pool;
  @Autowired AllocationDesk desk;
  @Autowired CallAllocation allocation;

  long deadlineWith(int applications) {
    long callId = deadlineWith(IntStream.rangeClosed(1, applications).mapToObj(n -> eligibleForm(n)).toList());
    setClock(oslo("2027-09-16T09:00"));
    return callId;
  }

  /** Opens a call, submits the forms and passes its deadline: the formal checks run, then the allocation. */
  long deadlineWith(List<Map<String, Object>> forms) {
    ensureUser(OFFICER, "case-officers");
    setClock(oslo("2027-09-01T10:00"));
    runtimeService.startProcessInstanceByKey(CallVariables.PROCESS_KEY,
        Map.of(CallVariables.CALL_TITLE, "Utlysning 2027", CallVariables.DEADLINE_LOCAL, "2027-09-15T12:00"));
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("ClusterApplication")
        .latestVersion().singleResult().getId();
    forms.forEach(form -> formService.submitStartForm(definitionId, form));
    setClock(oslo("2027-09-15T12:00"));
    executeDueJobs();
    return jdbc.sql("select id from cluster_call").query(Long.class).single();
  }

  void affiliate(String reviewer, String... orgNumbers) {
    pool.saveAffiliations(reviewer, java.util.Arrays.stream(orgNumbers)
        .map(o -> new ReviewerPool.Affiliation(o, AffiliationKind.BOARD)).toList(), "admin", Instant.now());
  }

  Map<String, Integer> loads() {
    Map<String, Integer> loads = new java.util.TreeMap<>();
    jdbc.sql("select reviewer_id, count(*) from review_assignment group by reviewer_id")
        .query((rs, row) -> loads.put(rs.getString(1), rs.getInt(2))).list();
    return loads;
  }

  @Test
  void sixtyApplicationsOnTwelveReviewersAreConfirmedWithoutAConflictAndWithLoadsWithinOne() {
    List<String> reviewers = IntStream.rangeClosed(1, 12).mapToObj("rev%02d"::formatted).toList();
    reviewers.forEach(id -> ensureUser(id, "reviewers"));
    // rev01 sits on the boards of the first ten applicants; rev02 works for a member of application 20
    affiliate("rev01", IntStream.rangeClosed(1, 10).mapToObj(n -> orgNumber(n)).toArray(String[]::new));
    pool.saveAffiliations("rev02", List.of(new ReviewerPool.Affiliation(orgNumber(1020), AffiliationKind.EMPLOYER)),
        "admin", Instant.now());
    jdbc.sql("insert into reviewer_tie (reviewer_id, org_number, declared_at, case_number) values ('rev03', ?, current_timestamp, 'NIC-2026-0001')")
        .param(orgNumber(2030)).update();

    long callId = deadlineWith(60);

    assertThat(taskService.createTaskQuery().taskDefinitionKey(AllocationDesk.TASK).count()).isEqualTo(60);
    assertThat(desk.rows(callId)).hasSize(60).allSatisfy(row -> assertThat(row.shortfall()).isEmpty());

    AllocationDesk.Confirmation confirmation = desk.confirmAll(callId, OFFICER);

    assertThat(confirmation.confirmed()).hasSize(60);
    assertThat(confirmation.leftOut()).isEmpty();
    assertThat(taskService.createTaskQuery().taskDefinitionKey(AllocationDesk.TASK).count()).isZero();
    assertThat(count("select count(*) from review_assignment")).isEqualTo(180);
    assertThat(count("select count(distinct case_number || reviewer_id) from review_assignment")).isEqualTo(180);
    assertThat(count("""
        select count(*) from review_assignment
         where reviewer_id = 'rev01' and case_number in ('NIC-2027-0001', 'NIC-2027-0002', 'NIC-2027-0003',
           'NIC-2027-0004', 'NIC-2027-0005', 'NIC-2027-0006', 'NIC-2027-0007', 'NIC-2027-0008', 'NIC-2027-0009',
           'NIC-2027-0010')
        """)).isZero();
    assertThat(count("select count(*) from review_assignment where reviewer_id = 'rev02' and case_number = 'NIC-2027-0020'")).isZero();
    assertThat(count("select count(*) from review_assignment where reviewer_id = 'rev03' and case_number = 'NIC-2027-0030'")).isZero();
    Map<String, Integer> loads = loads();
    assertThat(loads).containsOnlyKeys(reviewers);
    assertThat(loads.values().stream().mapToInt(Integer::intValue).max().getAsInt()
        - loads.values().stream().mapToInt(Integer::intValue).min().getAsInt()).isLessThanOrEqualTo(1);
    assertThat(taskService.createTaskQuery().taskDefinitionKey("Task_DeclareImpartiality").count()).isEqualTo(180);
  }

  /**
   * Two case officers pressing "Bekreft alle" at the same moment: each application is confirmed once,
   * by one of them, and the other is told which applications the first took, without an error page.
   */
  @Test
  void twoCaseOfficersConfirmingAtTheSameMomentConfirmEachApplicationOnceAndNeitherGetsAnError() throws Exception {
    List<String> reviewers = IntStream.rangeClosed(1, 12).mapToObj("rev%02d"::formatted).toList();
    reviewers.forEach(id -> ensureUser(id, "reviewers"));
    ensureUser("officer2", "case-officers");
    long callId = deadlineWith(12);

    var together = new java.util.concurrent.CyclicBarrier(2);
    var officers = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      var first = officers.submit(() -> {
        together.await();
        return desk.confirmAll(callId, OFFICER);
      });
      var second = officers.submit(() -> {
        together.await();
        return desk.confirmAll(callId, "officer2");
      });
      AllocationDesk.Confirmation one = first.get();
      AllocationDesk.Confirmation other = second.get();

      List<String> confirmed = new java.util.ArrayList<>(one.confirmed());
      confirmed.addAll(other.confirmed());
      assertThat(confirmed).as("every application confirmed, once").hasSize(12).doesNotHaveDuplicates();
      assertThat(one.leftOut().keySet()).containsExactlyInAnyOrderElementsOf(other.confirmed());
      assertThat(other.leftOut().keySet()).containsExactlyInAnyOrderElementsOf(one.confirmed());
      assertThat(one.leftOut().values()).allSatisfy(why -> assertThat(why).isIn(
          "Oppgaven er tatt av officer2.", AllocationDesk.CONFIRMED_ELSEWHERE, AllocationDesk.CHANGED_ELSEWHERE));
      assertThat(other.leftOut().values()).allSatisfy(why -> assertThat(why).isIn(
          "Oppgaven er tatt av " + OFFICER + ".", AllocationDesk.CONFIRMED_ELSEWHERE, AllocationDesk.CHANGED_ELSEWHERE));
    } finally {
      officers.shutdownNow();
    }
    assertThat(taskService.createTaskQuery().taskDefinitionKey(AllocationDesk.TASK).count()).isZero();
    assertThat(count("select count(*) from review_assignment")).isEqualTo(36);
    assertThat(count("select count(distinct case_number) from review_assignment")).isEqualTo(12);
    assertThat(taskService.createTaskQuery().taskDefinitionKey("Task_DeclareImpartiality").count()).isEqualTo(36);
  }

  @Test
  void anImpossibleAllocationIsNamedPerApplicationAndLeftToTheCaseOfficer() {
    List.of("rev1", "rev2", "rev3", "rev4").forEach(id -> ensureUser(id, "reviewers"));
    affiliate("rev1", orgNumber(1001), orgNumber(1002));
    affiliate("rev2", orgNumber(1001), orgNumber(2));

    long callId = deadlineWith(2);

    String expected = "Mangler 1 av 3 fagvurderere: 4 i utvalget, 2 tilknyttet søkeren eller en medlemsorganisasjon, "
        + "0 tildelt søknaden før, 0 uten ledig kapasitet.";
    assertThat(desk.rows(callId)).extracting(AllocationDesk.Row::caseNumber, r -> r.shortfall().orElse(""))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("NIC-2027-0001", expected),
            org.assertj.core.groups.Tuple.tuple("NIC-2027-0002", expected));
    var task = taskService.createTaskQuery().taskDefinitionKey(AllocationDesk.TASK).processInstanceBusinessKey("NIC-2027-0001")
        .singleResult();
    assertThat(taskService.getVariable(task.getId(), ReviewVariables.PROPOSED_REVIEWERS_TEXT).toString())
        .isEqualTo("rev3 Testesen (rev3)\nrev4 Testesen (rev4)\n" + expected);

    AllocationDesk.Confirmation confirmation = desk.confirmAll(callId, OFFICER);

    assertThat(confirmation.confirmed()).isEmpty();
    assertThat(confirmation.leftOut()).containsEntry("NIC-2027-0001", expected).containsEntry("NIC-2027-0002", expected);
    assertThat(count("select count(*) from review_assignment")).isZero();
    assertThatThrownBy(() -> desk.change(callId, "NIC-2027-0001", List.of("rev1", "rev3", "rev4"), OFFICER))
        .hasMessageContaining("kan ikke velges for NIC-2027-0001: rev1");
  }

  @Test
  void aChangeIsKeptAndTheRestOfTheCallIsBalancedAroundIt() {
    List.of("rev1", "rev2", "rev3", "rev4", "rev5", "rev6").forEach(id -> ensureUser(id, "reviewers"));
    long callId = deadlineWith(4);

    desk.change(callId, "NIC-2027-0001", List.of("rev4", "rev5", "rev6"), OFFICER);

    assertThat(desk.rows(callId).get(0).reviewers()).containsExactly("rev4", "rev5", "rev6");
    assertThat(desk.rows(callId).get(0).chosenBy()).isEqualTo(OFFICER);
    var task = taskService.createTaskQuery().taskDefinitionKey(AllocationDesk.TASK).processInstanceBusinessKey("NIC-2027-0001")
        .singleResult();
    assertThat(taskService.getVariable(task.getId(), ReviewVariables.SELECTED_REVIEWERS).toString())
        .isEqualTo("[\"rev4\",\"rev5\",\"rev6\"]");
    desk.confirmAll(callId, OFFICER);
    assertThat(loads()).containsOnlyKeys("rev1", "rev2", "rev3", "rev4", "rev5", "rev6").allSatisfy((id, load) ->
        assertThat(load).isEqualTo(2));
  }

  /** A change sent from a page loaded before the application was confirmed changes nothing. */
  @Test
  void aChangeToAnApplicationAlreadyConfirmedIsRefusedAndLeavesTheLoads() {
    List.of("rev1", "rev2", "rev3", "rev4", "rev5", "rev6").forEach(id -> ensureUser(id, "reviewers"));
    long callId = deadlineWith(2);
    desk.confirmAll(callId, OFFICER);
    Map<String, Integer> confirmedLoads = loads();
    List<String> others = List.of("rev1", "rev2", "rev3", "rev4", "rev5", "rev6").stream()
        .filter(id -> count("select count(*) from review_assignment where case_number = 'NIC-2027-0001' and reviewer_id = ?",
            id) == 0).toList();

    assertThatThrownBy(() -> desk.change(callId, "NIC-2027-0001", others, OFFICER))
        .hasMessageContaining("fagvurdererne for NIC-2027-0001 er allerede bekreftet");

    assertThat(count("select count(*) from reviewer_proposal")).isZero();
    assertThat(loads()).isEqualTo(confirmedLoads);
  }

  @Test
  void anApplicationTheFormalCheckRejectsAfterTheAllocationLeavesTheProposalsAndTheLoads() {
    List.of("rev1", "rev2", "rev3", "rev4", "rev5", "rev6").forEach(id -> ensureUser(id, "reviewers"));
    long callId = deadlineWith(List.of(eligibleForm(1), eligibleForm(2), eligibleForm(3), validForm(4)));
    assertThat(allocation.proposals(callId)).extracting(CallAllocation.Proposal::caseNumber)
        .as("allocated while its formal check waits for the case officer")
        .contains("NIC-2027-0004");

    var rejection = taskService.createTaskQuery().taskDefinitionKey("Task_ReviewFormalRejection").singleResult();
    taskService.claim(rejection.getId(), OFFICER);
    taskService.complete(rejection.getId(), Map.of(FormalCheckVariables.OVERRULE, false));

    assertThat(count("select count(*) from reviewer_proposal where case_number = 'NIC-2027-0004'")).isZero();
    assertThat(count("select count(*) from allocation_shortfall where case_number = 'NIC-2027-0004'")).isZero();
    assertThat(desk.rows(callId)).extracting(AllocationDesk.Row::caseNumber)
        .containsExactly("NIC-2027-0001", "NIC-2027-0002", "NIC-2027-0003");
    assertThat(allocation.loads(callId).values().stream().mapToInt(Integer::intValue).sum())
        .as("three reviewers for each of the three applications left").isEqualTo(9);
  }
}
