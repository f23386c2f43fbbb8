package no.klyngeprogrammet.decision;

import static no.klyngeprogrammet.support.TestApplications.eligibleForm;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import no.klyngeprogrammet.identity.ProgrammeGroups;
import no.klyngeprogrammet.support.browser.BrowserIntegrationTest;
import no.klyngeprogrammet.support.browser.CamundaForm;
import no.klyngeprogrammet.support.browser.Tasklist;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/** The programme council decides in Tasklist on the case officer's recommendation. */
class CouncilDecisionBrowserTest extends BrowserIntegrationTest {

  @Test
  void aCouncilMemberClaimsAndCompletesTheDecisionInTasklist() {
    ensureUser("programrad1", ProgrammeGroups.PROGRAMME_COUNCIL, "demo");
    ensureUser("saksbehandler1", ProgrammeGroups.CASE_OFFICERS);
    for (String reviewer : new String[] {"fagvurderer1", "fagvurderer2", "fagvurderer3"}) {
      ensureUser(reviewer, ProgrammeGroups.REVIEWERS);
    }
    ProcessInstance call = openCall();
    ProcessInstance application = submit(eligibleForm(1));
    pastTheDeadline();
    assignReviewers(application, "saksbehandler1", "fagvurderer1", "fagvurderer2", "fagvurderer3");
    for (String reviewer : new String[] {"fagvurderer1", "fagvurderer2", "fagvurderer3"}) {
      review(application, reviewer, 4);
    }
    Task recommend = task(call, "Task_Recommend");
    processEngine.getTaskService().claim(recommend.getId(), "saksbehandler1");
    processEngine.getTaskService().complete(recommend.getId(), Map.of());

    Tasklist tasklist = Tasklist.login(browser, "programrad1", "demo");
    assertThat(tasklist.filters()).containsExactly("Programrådet");
    CamundaForm decision = tasklist.openTaskInList("Fatt vedtak");
    tasklist.claim();
    assertThat(decision.value("Field_recommendedBy")).contains("saksbehandler1");
    assertThat(decision.value("Field_recommendationText")).contains("NIC-2027-0001");
    browser.screenshot("decision-form");
    tasklist.complete();
    executeDueJobs();

    assertThat(jdbc.sql("select outcome, decided_by, deviated from decision")
        .query((rs, row) -> rs.getString(1) + " by " + rs.getString(2) + ", deviated: " + rs.getBoolean(3)).list())
        .containsExactly("ADMITTED by programrad1, deviated: false");
  }
}
