package no.klyngeprogrammet.support.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Logging in to Camunda's webapps (Tasklist, Cockpit, Admin) through their own login page. */
public final class Webapps {

  private static final By USER_NAME = By.cssSelector("input[type=text]");
  private static final By PASSWORD = By.cssSelector("input[type=password]");
  private static final By REFUSAL = By.cssSelector(".notifications .alert-danger");
  private static final String LOGIN_ROUTE = "#/login";
  private static final Duration PATIENCE = Duration.ofSeconds(20);
  private static final int ATTEMPTS = 3;

  private Webapps() {}

  public static void login(Browser browser, String app, String user, String password) {
    openLoginPage(browser, app);
    signIn(browser, app, user, password);
  }

  static void openLoginPage(Browser browser, String app) {
    browser.open("/camunda/app/" + app + "/");
    // A fresh browser loads the webapp's scripts (several megabytes) first: slow on a busy machine.
    browser.waitFor(PASSWORD, Duration.ofSeconds(90));
  }

  static void signIn(Browser browser, String app, String user, String password) {
    fillIn(browser, user, password);
    browser.driver().findElement(By.cssSelector("button[type=submit]")).click();
    // The form is no sign of the outcome: a refused login once passed a wait for the password
    // field to go. The route is: a login that gets through leaves it, one that does not stays
    // there and says why.
    try {
      new WebDriverWait(browser.driver(), PATIENCE).until(ExpectedConditions.or(
          driver -> !driver.getCurrentUrl().contains(LOGIN_ROUTE),
          ExpectedConditions.visibilityOfElementLocated(REFUSAL)));
    } catch (TimeoutException e) {
      throw new AssertionError("The " + app + " login did not answer " + user + " within " + PATIENCE, e);
    }
    if (browser.driver().getCurrentUrl().contains(LOGIN_ROUTE)) {
      throw new AssertionError("The " + app + " login did not let " + user + " in; it says: "
          + browser.driver().findElements(REFUSAL).stream().map(WebElement::getText).toList());
    }
  }

  /**
   * Types both fields and checks what they hold. Once it has set itself up, the login page moves
   * the focus to the user name, and on a busy machine that can be while the password is typed: the
   * rest of the password then lands in the user name ("saksbehandler1demo"). It happens once, so
   * the second try holds.
   */
  private static void fillIn(Browser browser, String user, String password) {
    WebElement userName = browser.driver().findElement(USER_NAME);
    WebElement secret = browser.driver().findElement(PASSWORD);
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      userName.clear();
      userName.sendKeys(user);
      secret.clear();
      secret.sendKeys(password);
      if (user.equals(userName.getDomProperty("value")) && password.equals(secret.getDomProperty("value"))) {
        return;
      }
    }
    throw new AssertionError("The login page did not keep " + user + "'s name and password after " + ATTEMPTS + " tries");
  }
}
