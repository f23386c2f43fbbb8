package no.klyngeprogrammet.support.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person using only the keyboard: every key goes to whatever has focus, nothing is clicked. Each
 * stop that Tab or Shift-Tab reaches must show that it has focus.
 */
public class Keyboard {

  private static final Duration PATIENCE = Duration.ofSeconds(20);
  private static final int MAX_STOPS = 200;

  /**
   * The focused element shows a visible indicator: an outline of at least 2 px or a box shadow on
   * it, or, for a control that form-js hides behind its own display (a dropdown), on the field around it.
   */
  private static final String FOCUS_VISIBLE = """
      const element = document.activeElement;
      if (!element || element === document.body || !element.matches(':focus-visible')) return false;
      const shows = e => {
        const style = getComputedStyle(e);
        return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
      };
      const group = element.closest('.fjs-input-group');
      return shows(element) || (group !== null && group.matches(':focus-within') && shows(group));
      """;

  private final Browser browser;

  public Keyboard(Browser browser) {
    this.browser = browser;
  }

  /** Sends keys to the focused element. */
  public Keyboard press(CharSequence... keys) {
    new Actions(browser.driver()).sendKeys(keys).perform();
    return this;
  }

  /** Presses Tab, or Shift-Tab when the target comes earlier in the page, until the target has focus. */
  public Keyboard tabTo(WebElement target) {
    boolean backwards = Boolean.TRUE.equals(browser.script(
        "return document.activeElement !== document.body"
            + " && !!(arguments[0].compareDocumentPosition(document.activeElement) & Node.DOCUMENT_POSITION_FOLLOWING)",
        target));
    for (int stops = 0; !hasFocus(target); stops++) {
      assertThat(stops).as("Tab stops before reaching %s", describe(target)).isLessThan(MAX_STOPS);
      if (backwards) {
        new Actions(browser.driver()).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
      } else {
        press(Keys.TAB);
      }
      assertThat(focusVisible()).as("focus is visible on %s", describeFocused()).isTrue();
    }
    return this;
  }

  /**
   * Types into the focused text field. form-js takes typed text in after a pause, and a re-render in
   * that pause can put the old value back: then the field is emptied (select all, Backspace) and
   * the text typed again.
   */
  public Keyboard type(WebElement field, String text) {
    assertThat(hasFocus(field)).as("%s has focus", describe(field)).isTrue();
    for (int attempt = 1; ; attempt++) {
      replace(text);
      try {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> text.equals(field.getDomProperty("value")));
        return this;
      } catch (org.openqa.selenium.TimeoutException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  /** Types a number one key at a time, each once the field shows the previous ones (form-js re-renders while it parses). */
  public Keyboard number(WebElement field, String number) {
    assertThat(hasFocus(field)).as("%s has focus", describe(field)).isTrue();
    empty();
    for (int i = 0; i < number.length(); i++) {
      press(number.substring(i, i + 1));
      String typed = number.substring(0, i + 1);
      new WebDriverWait(browser.driver(), PATIENCE).until(d -> typed.equals(field.getDomProperty("value")));
    }
    return this;
  }

  /** Empties the focused field and types {@code text}: WebDriver's clear() does not reach form-js's state. */
  public Keyboard replace(String text) {
    return empty().press(text);
  }

  private Keyboard empty() {
    new Actions(browser.driver()).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(Keys.BACK_SPACE).perform();
    return this;
  }

  public boolean hasFocus(WebElement element) {
    return Boolean.TRUE.equals(browser.script("return document.activeElement === arguments[0]", element));
  }

  public boolean focusVisible() {
    return Boolean.TRUE.equals(browser.script(FOCUS_VISIBLE));
  }

  /** The focused element, for messages: its tag, id and text. */
  public String describeFocused() {
    return String.valueOf(browser.script(
        "const e = document.activeElement; return e.tagName + '#' + e.id + ' ' + (e.textContent || '').trim().slice(0, 60)"));
  }

  private String describe(WebElement element) {
    return element.getTagName() + "#" + element.getDomAttribute("id");
  }
}
