package no.klyngeprogrammet.support.browser;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts Debian's headless Chromium through Debian's chromedriver. Both paths are given to Selenium,
 * so Selenium Manager never runs and nothing is downloaded.
 */
public final class Chromium {

  public static final Path BINARY = Path.of("/usr/bin/chromium");
  public static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private Chromium() {}

  /** A fresh Norwegian browser whose profile lives in {@code profile}, an empty directory. */
  public static ChromeDriver start(Path profile) {
    return start(profile, "nb-NO");
  }

  /** A fresh browser that asks web pages for {@code language} (such as {@code en-US}) first. */
  public static ChromeDriver start(Path profile, String language) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BINARY.toFile());
    // Known to work as root on a machine without a display, a GPU or network access.
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=" + language,
        "--user-data-dir=" + profile.toAbsolutePath());
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort()
        // The webapps show times in the browser's zone; the programme's people are in Norway.
        .withEnvironment(Map.of("TZ", "Europe/Oslo"))
        .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    return driver;
  }
}
