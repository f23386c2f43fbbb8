package no.klyngeprogrammet.identity;

import static org.assertj.core.api.Assertions.assertThat;

import no.klyngeprogrammet.support.browser.Accessibility;
import no.klyngeprogrammet.support.browser.BrowserIntegrationTest;
import no.klyngeprogrammet.support.browser.Tasklist;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A new cluster manager sets the first password through the one-time link, and the page passes
 * axe-core's WCAG 2.1 AA rules, with and without an error message.
 */
class SetPasswordBrowserTest extends BrowserIntegrationTest {

  @Autowired PasswordLinks links;

  @Test
  void aClusterManagerSetsTheFirstPasswordOnAnAccessiblePageAndLogsIn() {
    ensureUser("nic20270001", ProgrammeGroups.CLUSTER_MANAGERS);
    String token = links.issue("nic20270001").token();

    browser.open("/passord/" + token);
    browser.waitFor(By.cssSelector("h1"));
    browser.screenshot("set-password");
    assertThat(Accessibility.seriousViolations(browser)).isEmpty();

    browser.driver().findElement(By.id("password")).sendKeys("Blå-hav-2027");
    browser.driver().findElement(By.id("confirmation")).sendKeys("Blå-hav-2028");
    browser.driver().findElement(By.cssSelector("button[type=submit]")).click();
    assertThat(browser.waitFor(By.cssSelector("[role=alert]")).getText())
        .isEqualTo("Gjenta passordet: de to passordene er ikke like.");
    browser.screenshot("passwords-differ");
    assertThat(Accessibility.seriousViolations(browser)).isEmpty();

    browser.driver().findElement(By.id("password")).sendKeys("Blå-hav-2027");
    browser.driver().findElement(By.id("confirmation")).sendKeys("Blå-hav-2027");
    browser.driver().findElement(By.cssSelector("button[type=submit]")).click();
    // The form's own page has an h1 too: wait for the next page's, not whichever is there when the click returns.
    assertThat(browser.waitForText(By.cssSelector("h1"), "Passordet er satt").getText()).isEqualTo("Passordet er satt");
    browser.screenshot("password-set");

    Tasklist tasklist = Tasklist.login(browser, "nic20270001", "Blå-hav-2027");
    assertThat(tasklist.filters()).containsExactly("Min klynge");
  }
}
