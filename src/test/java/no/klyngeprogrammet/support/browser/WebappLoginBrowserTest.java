package no.klyngeprogrammet.support.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.klyngeprogrammet.identity.ProgrammeGroups;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The tests' own login to Camunda's webapps, on the real login page. */
class WebappLoginBrowserTest extends BrowserIntegrationTest {

  @Test
  void theLoginHoldsWhenThePageMovesTheFocusToTheUserNameWhileThePasswordIsTyped() {
    ensureUser("saksbehandler1", ProgrammeGroups.CASE_OFFICERS, "Blå-hav-2027");
    Webapps.openLoginPage(browser, "tasklist");
    // What the login page does once it has set itself up, here at the password's first key.
    browser.script("""
        const password = document.querySelector('input[type=password]');
        password.addEventListener('keydown', () => document.querySelector('input[type=text]').focus(), {once: true});
        """);

    Webapps.signIn(browser, "tasklist", "saksbehandler1", "Blå-hav-2027");

    assertThat(browser.waitFor(By.cssSelector(".start-process-action")).getText()).isEqualTo("Start prosess");
  }

  @Test
  void aRefusedLoginFailsWithWhatThePageSays() {
    ensureUser("saksbehandler1", ProgrammeGroups.CASE_OFFICERS, "Blå-hav-2027");

    assertThatThrownBy(() -> Webapps.login(browser, "tasklist", "saksbehandler1", "feil-passord"))
        .hasMessageContaining("did not let saksbehandler1 in").hasMessageContaining("Innloggingen mislyktes");
  }
}
