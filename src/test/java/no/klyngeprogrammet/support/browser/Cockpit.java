package no.klyngeprogrammet.support.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Camunda Cockpit as an administrator sees it. */
public class Cockpit {

  /** The canvas itself: a collapsed subprocess's drill-down button, an overlay before it, holds an svg too. */
  private static final By DIAGRAM = By.cssSelector(".diagram-holder .djs-container > svg");
  private static final By TOKEN_BADGES = By.cssSelector(".djs-overlays .badge.instance-count");

  private final Browser browser;

  private Cockpit(Browser browser) {
    this.browser = browser;
  }

  public static Cockpit login(Browser browser, String user, String password) {
    Webapps.login(browser, "cockpit", user, password);
    browser.waitFor(By.linkText("Prosesser"));
    return new Cockpit(browser);
  }

  /** Opens the process's page from the list of processes, then the instance from its list of instances. */
  public void openInstance(String processName, String processInstanceId) {
    browser.waitFor(By.linkText("Prosesser")).click();
    browser.waitFor(By.linkText(processName)).click();
    browser.waitFor(By.cssSelector("a[href*='process-instance/" + processInstanceId + "']")).click();
    browser.waitFor(DIAGRAM);
    browser.waitFor(TOKEN_BADGES);
  }

  /** The process diagram as drawn, an SVG. */
  public WebElement diagram() {
    return browser.waitFor(DIAGRAM);
  }

  /** The part of the page that holds the diagram with its overlays. */
  public WebElement diagramArea() {
    return browser.waitFor(By.cssSelector(".diagram-holder"));
  }

  /** The ids of the diagram's elements that carry a token badge: where the instance is now. */
  public List<String> activitiesWithTokens() {
    return browser.driver().findElements(TOKEN_BADGES).stream().filter(WebElement::isDisplayed)
        .map(badge -> badge.findElement(By.xpath("ancestor::div[@data-container-id]")).getDomAttribute("data-container-id"))
        .toList();
  }

  /** The number on an activity's token badge. */
  public String tokens(String activityId) {
    return browser.waitFor(By.cssSelector(".djs-overlays[data-container-id='" + activityId + "'] .badge.instance-count"))
        .getText();
  }

  /** The values in the instance's table of variables, as the page shows them. */
  public List<String> variableValues() {
    browser.waitFor(By.linkText("Variabler")).click();
    return browser.waitForAll(By.cssSelector("table.cam-table tbody tr td:nth-child(3)")).stream()
        .map(WebElement::getText).map(String::trim).toList();
  }

  /** The SVG shape that draws an activity. */
  public WebElement shape(String activityId) {
    return diagram().findElement(By.cssSelector("g.djs-element[data-element-id='" + activityId + "']"));
  }
}
