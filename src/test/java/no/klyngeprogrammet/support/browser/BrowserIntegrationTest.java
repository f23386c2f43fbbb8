package no.klyngeprogrammet.support.browser;

import no.klyngeprogrammet.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole application as in {@link IntegrationTest}, and a fresh headless Chromium per test on
 * its real pages. Suites are named {@code *BrowserTest} and run in a JVM of their own. A failed
 * test leaves a screenshot and the page's HTML beside the others.
 */
@ExtendWith(ChromiumAvailable.class)
public abstract class BrowserIntegrationTest extends IntegrationTest {

  @LocalServerPort protected int port;

  protected Browser browser;

  @RegisterExtension
  final AfterTestExecutionCallback keepTheFailedPage = context -> {
    if (context.getExecutionException().isPresent() && browser != null) {
      browser.keepPage("failed");
    }
  };

  @BeforeEach
  void startBrowser(TestInfo test) {
    browser = new Browser(port, getClass().getSimpleName(), test.getTestMethod().orElseThrow().getName());
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  /** A user who can log in to the webapps with {@code password}. */
  protected void userWithPassword(String id, String group, String password) {
    ensureUser(id, group);
    var user = identityService.createUserQuery().userId(id).singleResult();
    user.setPassword(password);
    identityService.saveUser(user);
  }
}
