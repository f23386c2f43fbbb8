package no.klyngeprogrammet.support.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Camunda Tasklist as one logged-in user sees it. */
public class Tasklist {

  private final Browser browser;

  private Tasklist(Browser browser) {
    this.browser = browser;
  }

  public static Tasklist login(Browser browser, String user, String password) {
    Webapps.login(browser, "tasklist", user, password);
    browser.waitFor(By.cssSelector(".start-process-action"));
    return new Tasklist(browser);
  }

  /** Opens "Start process", picks the process by its name and returns its start form. */
  public CamundaForm startProcess(String processName) {
    browser.waitFor(By.cssSelector(".start-process-action a")).click();
    browser.waitFor(By.linkText(processName)).click();
    return new CamundaForm(browser);
  }

  /** The names of the filters in the left column, without the count of tasks. */
  public List<String> filters() {
    return browser.waitForAll(By.cssSelector(".task-filters .task-filter .name a")).stream()
        .map(name -> name.getText().replace(textOf(name, ".counter"), "").trim()).toList();
  }

  private static String textOf(WebElement parent, String css) {
    return parent.findElements(By.cssSelector(css)).stream().map(WebElement::getText).findFirst().orElse("");
  }

  /** The names of the tasks in the current filter's list. */
  public List<String> taskNames() {
    return browser.waitForAll(By.cssSelector("ol.tasks-list > li.task h4.task")).stream().map(WebElement::getText)
        .toList();
  }

  /**
   * Opens a task by clicking it in the current filter's list. Tasks are named after their case
   * ("Vurder søknaden – NIC-2027-0001 Blå Vekst"): {@code taskName} is the model's name, its start.
   */
  public CamundaForm openTaskInList(String taskName) {
    browser.waitFor(By.xpath("//ol[contains(@class,'tasks-list')]//li[contains(@class,'task')]"
        + "//*[contains(@class,'names')]//*[starts-with(normalize-space(.),'" + taskName + "')]")).click();
    browser.waitForText(By.cssSelector(".task-details .names, [cam-tasklist-task] h2"), taskName);
    return new CamundaForm(browser);
  }

  /** Claims the open task for the logged-in user. */
  public void claim() {
    browser.waitFor(By.cssSelector("[ng-click='claim()']")).click();
    browser.waitFor(By.cssSelector("[ng-click='unclaim()']"));
  }

  /**
   * Presses Tasklist's own Complete button of the open task, and waits until Tasklist has left the
   * task (it then opens the user's next task of the same process, if there is one).
   */
  public void complete() {
    String task = browser.currentPath().replaceAll(".*[?&]task=([^&]*).*", "$1");
    WebElement complete = browser.waitFor(By.cssSelector("button[ng-click='complete()']"));
    browser.script("arguments[0].scrollIntoView({block: 'center'});", complete);
    dismissNotifications();
    complete.click();
    awaitOutcome(() -> !browser.currentPath().contains("task=" + task));
  }

  /** Closes the messages in the corner, which can lie over the Complete button. */
  public void dismissNotifications() {
    for (WebElement close : browser.driver().findElements(By.cssSelector(".page-notifications .alert .close"))) {
      if (close.isDisplayed()) {
        close.click();
      }
    }
    browser.waitUntilGone(By.cssSelector(".page-notifications .alert"));
  }

  /** Waits until the start dialog has closed: Tasklist started the process. */
  public void awaitStarted() {
    awaitOutcome(() -> browser.driver().findElements(By.cssSelector(".modal-dialog")).isEmpty());
  }

  private void awaitOutcome(BooleanSupplier done) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(d -> done.getAsBoolean() || !errorNotifications().isEmpty());
    assertThat(errorNotifications()).as("Tasklist's error messages").isEmpty();
  }

  /** The error messages Tasklist shows in its notification area. */
  public List<String> errorNotifications() {
    return browser.driver().findElements(By.cssSelector(".notifications .alert-danger")).stream()
        .filter(WebElement::isDisplayed).map(WebElement::getText).toList();
  }
}
