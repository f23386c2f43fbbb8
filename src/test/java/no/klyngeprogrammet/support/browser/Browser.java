package no.klyngeprogrammet.support.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium on the application under test: opens its pages, waits for what they
 * render, and saves screenshots under {@code target/screenshots/<test class>/<test>/}. Screenshots chosen
 * for the README are also copied to the directory named by the system property
 * {@value #DOCS_PROPERTY}, when it is set.
 */
public class Browser implements AutoCloseable {

  public static final String DOCS_PROPERTY = "screenshots.docs";

  private static final Duration PATIENCE = Duration.ofSeconds(20);

  private final String base;
  private final Path screenshots;
  private final Path profile;
  private final ChromeDriver driver;
  private int taken;

  public Browser(int port, String testClass, String test) {
    this(port, testClass, test, "nb-NO");
  }

  /** A browser that asks pages for {@code language} first, as a person's browser set to that language does. */
  public Browser(int port, String testClass, String test, String language) {
    this.base = "http://localhost:" + port;
    this.screenshots = Path.of("target", "screenshots", testClass, test);
    try {
      if (Files.exists(screenshots)) {
        delete(screenshots);
      }
      Files.createDirectories(screenshots);
      this.profile = Files.createTempDirectory("chromium-profile-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.driver = Chromium.start(profile, language);
  }

  public ChromeDriver driver() {
    return driver;
  }

  public void open(String path) {
    driver.get(base + path);
  }

  public String currentPath() {
    return driver.getCurrentUrl().substring(base.length());
  }

  public WebElement waitFor(By locator) {
    return new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  /** Waits longer than usual, for what a busy machine is slow to show, such as a webapp's first page. */
  public WebElement waitFor(By locator, Duration patience) {
    return new WebDriverWait(driver, patience).until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  public List<WebElement> waitForAll(By locator) {
    return new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.visibilityOfAllElementsLocatedBy(locator));
  }

  public void waitUntilGone(By locator) {
    new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.invisibilityOfElementLocated(locator));
  }

  public WebElement waitForText(By locator, String text) {
    new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    return driver.findElement(locator);
  }

  public Object script(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(script, arguments);
  }

  /** True when the page opened an alert, confirm or prompt dialog. */
  public boolean dialogOpen() {
    try {
      driver.switchTo().alert();
      return true;
    } catch (NoAlertPresentException e) {
      return false;
    }
  }

  /** Saves what the browser shows now as {@code <nn>-<name>.png}, numbered in the order taken. */
  public Path screenshot(String name) {
    return save(name, driver.getScreenshotAs(OutputType.BYTES));
  }

  /** Saves what one element of the page shows now. */
  public Path screenshot(String name, WebElement element) {
    return save(name, element.getScreenshotAs(OutputType.BYTES));
  }

  /** A screenshot that the README shows: also copied to the docs directory when one is named. */
  public Path screenshotForDocs(String name) {
    return copyToDocs(name, screenshot(name));
  }

  /** One element's screenshot that the README shows. */
  public Path screenshotForDocs(String name, WebElement element) {
    return copyToDocs(name, screenshot(name, element));
  }

  private Path save(String name, byte[] png) {
    Path file = screenshots.resolve(String.format("%02d-%s.png", ++taken, name));
    try {
      Files.write(file, png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  private Path copyToDocs(String name, Path file) {
    String docs = System.getProperty(DOCS_PROPERTY);
    if (docs != null && !docs.isBlank()) {
      try {
        Files.createDirectories(Path.of(docs));
        Files.copy(file, Path.of(docs, name + ".png"), StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return file;
  }

  /** A screenshot and the page's HTML, for looking into a failure. */
  public void keepPage(String name) {
    Path shot = screenshot(name);
    try {
      Files.writeString(shot.resolveSibling(shot.getFileName().toString().replace(".png", ".html")),
          driver.getPageSource());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      delete(profile);
    }
  }

  private static void delete(Path directory) {
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
