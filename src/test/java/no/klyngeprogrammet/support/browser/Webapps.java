package no.klyngeprogrammet.support.browser;

import java.time.Duration;
import org.openqa.selenium.By;

/** Logging in to Camunda's webapps (Tasklist, Cockpit, Admin) through their own login page. */
public final class Webapps {

  private Webapps() {}

  public static void login(Browser browser, String app, String user, String password) {
    browser.open("/camunda/app/" + app + "/");
    // A fresh browser loads the webapp's scripts (several megabytes) first: slow on a busy machine.
    browser.waitFor(By.cssSelector("input[type=password]"), Duration.ofSeconds(90));
    browser.driver().findElement(By.cssSelector("input[type=text]")).sendKeys(user);
    browser.driver().findElement(By.cssSelector("input[type=password]")).sendKeys(password);
    browser.driver().findElement(By.cssSelector("button[type=submit]")).click();
    browser.waitUntilGone(By.cssSelector("input[type=password]"));
  }
}
