package no.klyngeprogrammet.support.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Browser tests are skipped with the install command where Chromium is missing, and fail instead on CI. */
class ChromiumAvailableTest {

  @TempDir Path empty;

  @Test
  void withoutChromiumTheBrowserTestsAreSkippedWithTheCommandThatInstallsIt() {
    var result = new ChromiumAvailable(empty.resolve("chromium"), empty.resolve("chromedriver"), Map.of())
        .evaluateExecutionCondition(null);

    assertThat(result.isDisabled()).isTrue();
    assertThat(result.getReason()).hasValueSatisfying(reason -> assertThat(reason)
        .contains(empty.resolve("chromium").toString(), "apt-get install chromium chromium-driver"));
  }

  @Test
  void onCiAMissingChromiumFailsInsteadOfSkipping() {
    var condition = new ChromiumAvailable(empty.resolve("chromium"), empty.resolve("chromedriver"), Map.of("CI", "true"));

    assertThatThrownBy(() -> condition.evaluateExecutionCondition(null))
        .hasMessageContaining("apt-get install chromium chromium-driver")
        .hasMessageContaining("CI is set");
  }

  @Test
  void withChromiumAndItsDriverTheBrowserTestsRun() {
    Path executable = Path.of("/bin/sh");

    var result = new ChromiumAvailable(executable, executable, Map.of("CI", "true")).evaluateExecutionCondition(null);

    assertThat(result.isDisabled()).isFalse();
  }
}
