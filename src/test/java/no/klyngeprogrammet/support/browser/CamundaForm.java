package no.klyngeprogrammet.support.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A Camunda Form (form-js) rendered in the page, filled the way a person does: typing, clicking
 * radio buttons, opening dropdowns. Fields are found by the component id of the {@code .form}
 * file ({@code Field_clusterName}); rows of a dynamic list add their index ({@code Field_memberName_3}).
 */
public class CamundaForm {

  private static final Duration PATIENCE = Duration.ofSeconds(20);

  private final Browser browser;

  /** The form the page shows, once rendered: in Tasklist, or on a page of its own with the form-js viewer. */
  public CamundaForm(Browser browser) {
    this.browser = browser;
    browser.waitFor(By.cssSelector(".fjs-container .fjs-form"));
  }

  public WebElement field(String componentId) {
    return browser.waitFor(By.cssSelector(".fjs-container [id$='-" + componentId + "']"));
  }

  public String value(String componentId) {
    return field(componentId).getDomProperty("value");
  }

  /**
   * Types into a text field or text area, then leaves it with Tab: form-js takes typed text in
   * after a pause or when the field loses focus, and a re-render in that pause can put the old
   * value back. So the text is typed again if the field does not hold it once left.
   */
  public CamundaForm type(String componentId, String text) {
    for (int attempt = 1; ; attempt++) {
      WebElement input = field(componentId);
      scrollTo(input);
      input.clear();
      input.sendKeys(text, Keys.TAB);
      try {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> text.equals(input.getDomProperty("value")));
        return this;
      } catch (TimeoutException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  /**
   * Types a number one key at a time, each key only once the field shows the previous ones: form-js
   * re-renders a number field while it parses, and keys typed into that gap are lost.
   */
  public CamundaForm number(String componentId, String number) {
    WebElement input = field(componentId);
    scrollTo(input);
    input.clear();
    for (int i = 0; i < number.length(); i++) {
      input.sendKeys(number.substring(i, i + 1));
      waitForValue(input, number.substring(0, i + 1));
    }
    input.sendKeys(Keys.TAB);
    waitForValue(input, number);
    return this;
  }

  /** Chooses the radio button whose label is {@code label}. */
  public CamundaForm choose(String componentId, String label) {
    WebElement option = browser.driver().findElement(By.xpath("//div[contains(@class,'fjs-container')]"
        + "//label[contains(@for, '-" + componentId + "-') and normalize-space(.)='" + label + "']/input"));
    scrollTo(option);
    option.click();
    new WebDriverWait(browser.driver(), PATIENCE).until(d -> option.isSelected());
    return this;
  }

  /**
   * Opens a dropdown and picks the option shown as {@code label}. Focus arriving by Tab may already
   * have opened it, and a click then closes it: so click until the option shows.
   */
  public CamundaForm select(String componentId, String label) {
    WebElement display = field(componentId + "-display");
    By option = By.xpath("//div[contains(@class,'fjs-dropdownlist-item') and normalize-space(.)='" + label + "']");
    for (int attempt = 1; browser.driver().findElements(option).isEmpty(); attempt++) {
      scrollTo(display);
      display.click();
      try {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(3)).until(d -> !d.findElements(option).isEmpty());
      } catch (TimeoutException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
    browser.driver().findElement(option).click();
    new WebDriverWait(browser.driver(), PATIENCE).until(d -> label.equals(display.getText().trim()));
    return this;
  }

  /** Adds a row to the form's dynamic list. */
  public CamundaForm addRow() {
    int rows = browser.driver().findElements(By.cssSelector(".fjs-container .fjs-repeat-row-remove")).size();
    WebElement add = browser.driver().findElement(By.cssSelector(".fjs-container .fjs-repeat-render-add"));
    scrollTo(add);
    add.click();
    new WebDriverWait(browser.driver(), PATIENCE).until(d ->
        d.findElements(By.cssSelector(".fjs-container .fjs-repeat-row-remove")).size() == rows + 1);
    return this;
  }

  /** Presses a button of the form itself (not one of Tasklist's), by its text. */
  public void press(String buttonText) {
    WebElement button = browser.driver().findElement(By.xpath("//div[contains(@class,'fjs-container')]"
        + "//button[normalize-space(.)='" + buttonText + "']"));
    scrollTo(button);
    button.click();
  }

  /** Scrolls the field into the middle of the view, for a screenshot of that part of the form. */
  public CamundaForm scrollTo(String componentId) {
    scrollTo(field(componentId));
    return this;
  }

  private void scrollTo(WebElement element) {
    browser.script("arguments[0].scrollIntoView({block: 'center'});", element);
  }

  private void waitForValue(WebElement input, String expected) {
    new WebDriverWait(browser.driver(), PATIENCE).until(d -> expected.equals(input.getDomProperty("value")));
  }
}
