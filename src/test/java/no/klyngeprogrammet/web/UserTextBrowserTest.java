package no.klyngeprogrammet.web;

import static no.klyngeprogrammet.support.TestApplications.eligibleForm;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import no.klyngeprogrammet.identity.ProgrammeGroups;
import no.klyngeprogrammet.support.browser.BrowserIntegrationTest;
import no.klyngeprogrammet.support.browser.CamundaForm;
import no.klyngeprogrammet.support.browser.Cockpit;
import no.klyngeprogrammet.support.browser.Tasklist;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * What applicants type reaches the programme's own people in Tasklist and Cockpit: markup and
 * script in it are shown as the text they are, and never run.
 */
class UserTextBrowserTest extends BrowserIntegrationTest {

  static final String CLUSTER_NAME = "Blå <img src=x onerror=\"window.injected='img'\"> Vekst";
  static final String VISION = "<script>window.injected='script'; alert('xss')</script>Grønn havnæring <b>nå</b>";

  @Test
  void markupInAnApplicationIsShownLiterallyInTheTaskListAndTheForms() {
    ensureUser("fagvurderer1", ProgrammeGroups.REVIEWERS, "demo");
    ensureUser("fagvurderer2", ProgrammeGroups.REVIEWERS);
    ensureUser("fagvurderer3", ProgrammeGroups.REVIEWERS);
    ensureUser("saksbehandler1", ProgrammeGroups.CASE_OFFICERS);
    openCall();
    Map<String, Object> form = eligibleForm(1);
    form.put("clusterName", CLUSTER_NAME);
    form.put("vision", VISION);
    ProcessInstance application = submit(form);
    pastTheDeadline();
    assignReviewers(application, "saksbehandler1", "fagvurderer1", "fagvurderer2", "fagvurderer3");

    Tasklist tasklist = Tasklist.login(browser, "fagvurderer1", "demo");
    assertThat(tasklist.taskNames()).containsExactly("Erklær habilitet – NIC-2027-0001 " + CLUSTER_NAME);
    CamundaForm declaration = tasklist.openTaskInList("Erklær habilitet");
    assertThat(declaration.value("Field_clusterName")).isEqualTo(CLUSTER_NAME);
    browser.screenshot("impartiality-with-markup");
    assertNothingInjected();
    tasklist.complete();

    CamundaForm review = tasklist.openTaskInList("Vurder søknaden");
    assertThat(review.value("Field_clusterName")).isEqualTo(CLUSTER_NAME);
    assertThat(review.value("Field_vision")).isEqualTo(VISION);
    review.scrollTo("Field_vision");
    browser.screenshot("review-with-markup");
    assertNothingInjected();

    browser.driver().manage().deleteAllCookies();
    Cockpit cockpit = Cockpit.login(browser, "admin", "test-admin");
    cockpit.openInstance("Søknad om klyngestatus", application.getId());
    assertThat(cockpit.variableValues()).contains(CLUSTER_NAME);
    browser.screenshot("cockpit-variables-with-markup");
    assertNothingInjected();
  }

  private void assertNothingInjected() {
    assertThat(browser.dialogOpen()).as("an alert opened").isFalse();
    assertThat(browser.script("return window.injected === undefined")).as("injected script ran").isEqualTo(true);
    assertThat(browser.driver().findElements(By.cssSelector("img[src='x']"))).as("injected image").isEmpty();
    assertThat(browser.script("return Array.from(document.scripts).some(s => s.text.includes('injected'))"))
        .as("injected script element").isEqualTo(false);
    assertThat(browser.driver().findElements(By.xpath("//b[normalize-space(.)='nå']"))).as("injected markup").isEmpty();
  }
}
