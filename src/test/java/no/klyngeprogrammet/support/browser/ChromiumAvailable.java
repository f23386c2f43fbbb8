package no.klyngeprogrammet.support.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs browser tests only where Debian's Chromium and chromedriver are installed. Elsewhere they are
 * skipped with the command that installs them, except on CI (the variable {@code CI} is set), where
 * a skipped browser test would hide that nothing was checked: there they fail.
 */
public class ChromiumAvailable implements ExecutionCondition {

  static final String INSTALL = "apt-get install chromium chromium-driver";

  private final Path chromium;
  private final Path chromedriver;
  private final Map<String, String> environment;

  public ChromiumAvailable() {
    this(Chromium.BINARY, Chromium.DRIVER, System.getenv());
  }

  ChromiumAvailable(Path chromium, Path chromedriver, Map<String, String> environment) {
    this.chromium = chromium;
    this.chromedriver = chromedriver;
    this.environment = environment;
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (Files.isExecutable(chromium) && Files.isExecutable(chromedriver)) {
      return ConditionEvaluationResult.enabled("Chromium at " + chromium + ", chromedriver at " + chromedriver);
    }
    String missing = "Browser tests need Chromium at " + chromium + " and chromedriver at " + chromedriver
        + "; install them with: " + INSTALL;
    if (environment.containsKey("CI")) {
      throw new IllegalStateException(missing + " (CI is set, so the browser tests fail instead of being skipped)");
    }
    return ConditionEvaluationResult.disabled(missing);
  }
}
