package no.klyngeprogrammet.web;

import static no.klyngeprogrammet.support.TestApplications.eligibleForm;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import no.klyngeprogrammet.identity.ProgrammeGroups;
import no.klyngeprogrammet.support.browser.Browser;
import no.klyngeprogrammet.support.browser.BrowserIntegrationTest;
import no.klyngeprogrammet.support.browser.Cockpit;
import no.klyngeprogrammet.support.browser.EnglishLabels;
import no.klyngeprogrammet.support.browser.Tasklist;
import no.klyngeprogrammet.support.browser.Webapps;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;

/**
 * Tasklist, Cockpit and Admin speak Norwegian bokmål to each role in their main views, carry the
 * programme's name and mark instead of Camunda's and its end-of-life banner, and name each task after
 * its case. A view fails on any of Camunda's English labels it shows (see {@link EnglishLabels}).
 */
class WebappLanguageBrowserTest extends BrowserIntegrationTest {

  @Test
  void aReviewerSeesTheCaseNumberAndTheClusterOfEachTaskInNorwegianTasklist() {
    applicationWithReviewers();

    Tasklist tasklist = Tasklist.login(browser, "fagvurderer1", "demo");
    assertThat(tasklist.taskNames()).containsExactly("Erklær habilitet – NIC-2027-0001 Blå Vekst Ærøy 1");
    assertNorwegianAndBranded("Oppgaver");
    tasklist.openTaskInList("Erklær habilitet");
    browser.waitForText(By.cssSelector(".task-details .names, [cam-tasklist-task] h2"), "NIC-2027-0001 Blå Vekst Ærøy 1");
    assertNorwegianAndBranded("Oppgaver");
    browser.screenshotForDocs("webapps-tasklist-reviewer");
  }

  @Test
  void aCouncilMemberSeesTheDecisionNamedAfterTheCallInNorwegianTasklist() {
    ensureUser("programrad1", ProgrammeGroups.PROGRAMME_COUNCIL, "demo");
    ProcessInstance call = openCall();
    ProcessInstance application = submit(eligibleForm(1));
    pastTheDeadline();
    ensureUser("saksbehandler1", ProgrammeGroups.CASE_OFFICERS);
    for (String reviewer : new String[] {"fagvurderer1", "fagvurderer2", "fagvurderer3"}) {
      ensureUser(reviewer, ProgrammeGroups.REVIEWERS);
    }
    assignReviewers(application, "saksbehandler1", "fagvurderer1", "fagvurderer2", "fagvurderer3");
    for (String reviewer : new String[] {"fagvurderer1", "fagvurderer2", "fagvurderer3"}) {
      review(application, reviewer, 4);
    }
    Task recommend = task(call, "Task_Recommend");
    processEngine.getTaskService().claim(recommend.getId(), "saksbehandler1");
    processEngine.getTaskService().complete(recommend.getId(), Map.of());

    Tasklist tasklist = Tasklist.login(browser, "programrad1", "demo");
    assertThat(tasklist.taskNames()).containsExactly("Fatt vedtak – Utlysning 2027");
    tasklist.openTaskInList("Fatt vedtak");
    assertNorwegianAndBranded("Oppgaver");
    browser.screenshotForDocs("webapps-tasklist-council");
  }

  @Test
  void aCaseOfficerSeesTheTaskListAndTheStartDialogInNorwegian() {
    ensureUser("saksbehandler1", ProgrammeGroups.CASE_OFFICERS, "demo");
    openCall();
    submit(eligibleForm(1));
    pastTheDeadline();

    Tasklist tasklist = Tasklist.login(browser, "saksbehandler1", "demo");
    assertThat(tasklist.taskNames()).containsExactly("Tildel fagvurderere – NIC-2027-0001 Blå Vekst Ærøy 1");
    tasklist.openTaskInList("Tildel fagvurderere");
    assertNorwegianAndBranded("Oppgaver");
    browser.screenshotForDocs("webapps-tasklist-case-officer");

    browser.waitFor(By.cssSelector("a.klynge-staff-link")).click();
    browser.waitForText(By.tagName("h1"), "Oversikt: Utlysning 2027");
    assertThat(browser.currentPath()).as("the overview, without a second login").isEqualTo("/saksbehandling/utlysning/2027");
    browser.driver().navigate().back();

    browser.waitFor(By.cssSelector(".start-process-action a")).click();
    browser.waitFor(By.cssSelector(".modal-dialog"));
    browser.waitFor(By.linkText("Klage på vedtak"));
    assertNorwegianAndBranded("Oppgaver");
    browser.screenshotForDocs("webapps-tasklist-start-dialog");
  }

  @Test
  void theAdministratorSeesCockpitAndAdminInNorwegian() {
    openCall();
    submit(eligibleForm(1));

    Cockpit.login(browser, "admin", "test-admin");
    browser.waitFor(By.cssSelector("[cam-dashboard], .dashboard"));
    browser.waitFor(By.linkText("Prosesser"));
    assertNorwegianAndBranded("Drift");
    browser.screenshotForDocs("webapps-cockpit-dashboard");

    browser.waitFor(By.linkText("Prosesser")).click();
    browser.waitFor(By.linkText("Søknad om klyngestatus")).click();
    browser.waitFor(By.cssSelector(".diagram-holder .djs-container > svg"));
    assertNorwegianAndBranded("Drift");
    browser.screenshotForDocs("webapps-cockpit-process");

    // As a person does: Admin first, then its users. Opened directly, Camunda's users page asks for its
    // title before the app's labels have loaded and shows the label's key (so it does in English too).
    browser.open("/camunda/app/admin/default/#/");
    browser.waitFor(By.linkText("Brukere")).click();
    browser.waitFor(By.linkText("admin"));
    assertNorwegianAndBranded("Administrasjon");
    browser.screenshotForDocs("webapps-admin-users");
  }

  @Test
  void aBrowserAskingForEnglishGetsNorwegianAndEnglishIsOneAddressAway(TestInfo test) {
    ensureUser("saksbehandler1", ProgrammeGroups.CASE_OFFICERS, "demo");
    browser.close();
    browser = new Browser(port, getClass().getSimpleName(), test.getTestMethod().orElseThrow().getName(), "en-US");
    assertThat(browser.script("return navigator.language")).isEqualTo("en-US");

    Tasklist.login(browser, "saksbehandler1", "demo");
    browser.waitForText(By.cssSelector(".start-process-action"), "Start prosess");
    assertNorwegianAndBranded("Oppgaver");

    browser.open("/camunda/app/tasklist/default/?lang=en");
    browser.waitForText(By.cssSelector(".start-process-action"), "Start process");
    browser.open("/camunda/app/tasklist/default/");
    browser.waitForText(By.cssSelector(".start-process-action"), "Start process");
    browser.open("/camunda/app/tasklist/default/?lang=nb");
    browser.waitForText(By.cssSelector(".start-process-action"), "Start prosess");
  }

  private void applicationWithReviewers() {
    ensureUser("fagvurderer1", ProgrammeGroups.REVIEWERS, "demo");
    ensureUser("fagvurderer2", ProgrammeGroups.REVIEWERS);
    ensureUser("fagvurderer3", ProgrammeGroups.REVIEWERS);
    ensureUser("saksbehandler1", ProgrammeGroups.CASE_OFFICERS);
    openCall();
    ProcessInstance application = submit(eligibleForm(1));
    pastTheDeadline();
    assignReviewers(application, "saksbehandler1", "fagvurderer1", "fagvurderer2", "fagvurderer3");
  }

  /** No English label, the programme's name in the title, its mark instead of Camunda's, no end-of-life banner. */
  private void assertNorwegianAndBranded(String app) {
    browser.waitUntilGone(By.cssSelector(".app-splash"));
    assertThat(EnglishLabels.visibleIn(browser)).as("English labels on " + browser.currentPath()).isEmpty();
    assertThat(browser.driver().getTitle()).startsWith("Klyngeprogrammet " + app);
    assertThat(browser.driver().findElements(By.cssSelector(".ce-eol-banner"))).as("end-of-life banner")
        .noneMatch(banner -> banner.isDisplayed());
    assertThat(browser.waitFor(By.cssSelector(".navbar-brand .brand-logo")).getCssValue("background-image"))
        .contains("klyngeprogrammet/logo.svg");
    assertThat(browser.driver().findElements(By.cssSelector(".navbar-brand .brand-logo svg")))
        .as("Camunda's logo").noneMatch(logo -> logo.isDisplayed());
  }
}
