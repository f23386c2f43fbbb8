package no.klyngeprogrammet.review;

import static no.klyngeprogrammet.support.TestApplications.eligibleForm;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import no.klyngeprogrammet.identity.ProgrammeGroups;
import no.klyngeprogrammet.support.browser.BrowserIntegrationTest;
import no.klyngeprogrammet.support.browser.Tasklist;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What Tasklist shows a case officer whose task someone else got to first, while it was open on the
 * screen: the REST API's Norwegian answer in Tasklist's notification, and the task left as the other
 * person left it.
 */
class TaskRaceBrowserTest extends BrowserIntegrationTest {

  @Autowired TaskService taskService;

  @Test
  void aCaseOfficerClaimingATaskAColleagueJustClaimedIsToldWhoHasIt() {
    ensureUser("saksbehandler1", ProgrammeGroups.CASE_OFFICERS, "demo");
    ensureUser("saksbehandler2", ProgrammeGroups.CASE_OFFICERS);
    openCall();
    ProcessInstance application = submit(eligibleForm(1));
    pastTheDeadline();

    Tasklist tasklist = Tasklist.login(browser, "saksbehandler1", "demo");
    tasklist.openTaskInList("Tildel fagvurderere");
    taskService.claim(task(application, "Task_AssignReviewers").getId(), "saksbehandler2");
    tasklist.dismissNotifications();
    browser.waitFor(By.cssSelector("[ng-click='claim()']")).click();

    new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> !tasklist.errorNotifications().isEmpty());
    browser.screenshot("claimed-by-a-colleague");
    assertThat(String.join("\n", tasklist.errorNotifications()))
        .contains("Oppgaven er allerede tatt av saksbehandler2.")
        .doesNotContain("Task '", "already claimed", "Exception");
    assertThat(task(application, "Task_AssignReviewers").getAssignee()).isEqualTo("saksbehandler2");
  }
}
