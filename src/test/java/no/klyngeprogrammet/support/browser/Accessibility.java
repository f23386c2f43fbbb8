package no.klyngeprogrammet.support.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * axe-core, run in the page the browser shows, against the WCAG 2.1 A and AA rules that Norway's
 * universal-design regulations require.
 */
public final class Accessibility {

  private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
  private static final Set<String> SERIOUS = Set.of("serious", "critical");

  private Accessibility() {}

  /** Each serious or critical violation on the current page, as "rule: help (elements)". */
  public static List<String> seriousViolations(Browser browser) {
    Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser.driver());
    if (results.isErrored()) {
      throw new IllegalStateException("axe-core did not run: " + results.getErrorMessage());
    }
    return results.getViolations().stream().filter(rule -> SERIOUS.contains(rule.getImpact()))
        .map(Accessibility::describe).toList();
  }

  private static String describe(Rule rule) {
    return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", "));
  }
}
