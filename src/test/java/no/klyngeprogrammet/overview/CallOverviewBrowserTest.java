package no.klyngeprogrammet.overview;

import static no.klyngeprogrammet.support.TestApplications.eligibleForm;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.klyngeprogrammet.identity.ProgrammeGroups;
import no.klyngeprogrammet.review.ReviewVariables;
import no.klyngeprogrammet.scoring.Criterion;
import no.klyngeprogrammet.support.browser.Accessibility;
import no.klyngeprogrammet.support.browser.BrowserIntegrationTest;
import no.klyngeprogrammet.support.browser.Keyboard;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * A case officer logged in to Tasklist (through its login endpoint) confirms the call's allocation and, after the reviews and
 * the recommendation, reads the call's overview: the figures as the tables hold them, the charts
 * drawn, and no serious accessibility violation.
 */
class CallOverviewBrowserTest extends BrowserIntegrationTest {

  static final List<String> REVIEWERS = List.of("fagvurderer1", "fagvurderer2", "fagvurderer3", "fagvurderer4");

  @Test
  void aCaseOfficerConfirmsTheAllocationAndReadsTheOverviewWithoutLoggingInAgain() {
    ensureUser("saksbehandler1", ProgrammeGroups.CASE_OFFICERS, "demo");
    REVIEWERS.forEach(id -> ensureUser(id, ProgrammeGroups.REVIEWERS));
    ProcessInstance call = openCall();
    String[] levels = {"ARENA", "ARENA", "ARENA", "ARENA_PRO", "ARENA_PRO", "GCE"};
    for (int n = 1; n <= levels.length; n++) {
      submit(eligibleForm(n, levels[n - 1]));
    }
    pastTheDeadline();

    logInToTasklist("saksbehandler1", "demo");
    browser.open("/saksbehandling/fordeling");
    browser.waitForText(By.tagName("h1"), "Fordeling av fagvurderere: Utlysning 2027");
    assertThat(browser.driver().findElements(By.cssSelector("#table-allocation tbody tr"))).hasSize(6);
    assertThat(Accessibility.seriousViolations(browser)).isEmpty();
    browser.driver().manage().window().setSize(new Dimension(1280, 1400));
    browser.screenshotForDocs("call-allocation");
    WebElement confirm = browser.driver().findElement(By.xpath("//button[normalize-space(.)='Bekreft fordelingen for alle søknader']"));
    new Keyboard(browser).tabTo(confirm).press(org.openqa.selenium.Keys.ENTER);
    browser.waitForText(By.cssSelector("[role=status]"), "6 søknader er bekreftet");
    assertThat(count("select count(*) from review_assignment")).isEqualTo(18);

    scoreEveryReview();
    Task recommend = task(call, "Task_Recommend");
    processEngine.getTaskService().claim(recommend.getId(), "saksbehandler1");
    processEngine.getTaskService().complete(recommend.getId(), Map.of());

    browser.open("/saksbehandling");
    browser.waitForText(By.tagName("h1"), "Oversikt: Utlysning 2027");
    assertThat(browser.script("return Chart.getChart(document.getElementById('chart-funnel')) != null")).isEqualTo(true);
    assertThat(browser.script("return Chart.getChart(document.getElementById('chart-calibration')) != null")).isEqualTo(true);
    for (String level : List.of("ARENA", "ARENA_PRO", "GCE")) {
      int received = count("select count(*) from application_version where level = ?", level);
      assertThat(cell("table-funnel", displayName(level), 1)).isEqualTo(Integer.toString(received));
      int recommended = count("select count(*) from recommendation where level = ? and funded", level);
      assertThat(cell("table-funnel", displayName(level), 5)).isEqualTo(Integer.toString(recommended));
    }
    for (String reviewer : REVIEWERS) {
      int done = count("select count(*) from review_assignment where reviewer_id = ? and status = 'COMPLETED'", reviewer);
      assertThat(cell("table-progress", reviewer, 2)).isEqualTo(Integer.toString(done));
    }
    assertThat(browser.driver().findElements(By.cssSelector("#table-totals tbody tr")))
        .hasSize(count("select count(*) from application_result"));
    assertThat(cell("table-calibration", "fagvurderer4", 3)).as("the generous reviewer's mean deviation").startsWith("+");
    assertThat(Accessibility.seriousViolations(browser)).isEmpty();
    browser.driver().manage().window().setSize(new Dimension(1280, 5200));
    browser.screenshotForDocs("call-overview");
  }

  /**
   * Logs in through Tasklist's own login endpoint, as its login page does, without waiting for
   * Tasklist's scripts to load: the session is the webapps' either way.
   */
  void logInToTasklist(String user, String password) {
    browser.open("/camunda/api/admin/auth/user/default");
    Object status = browser.driver().executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        const token = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN=')).split('=')[1];
        fetch('/camunda/api/admin/auth/user/default/login/tasklist', {method: 'POST',
            headers: {'Content-Type': 'application/x-www-form-urlencoded', 'X-XSRF-TOKEN': token},
            body: 'username=' + encodeURIComponent(arguments[0]) + '&password=' + encodeURIComponent(arguments[1])})
          .then(r => done(r.status), e => done(String(e)));
        """, user, password);
    assertThat(status).isEqualTo(200L);
  }

  /** Every reviewer scores alike per application, but fagvurderer4 half a point higher. */
  void scoreEveryReview() {
    TaskService tasks = processEngine.getTaskService();
    for (Task declaration : tasks.createTaskQuery().taskDefinitionKey("Task_DeclareImpartiality").list()) {
      tasks.complete(declaration.getId(), Map.of(ReviewVariables.CONFLICT_OF_INTEREST, false));
    }
    for (Task review : tasks.createTaskQuery().taskDefinitionKey("Task_ReviewApplication").list()) {
      String caseNumber = (String) tasks.getVariable(review.getId(), "caseNumber");
      double score = 2.5 + Integer.parseInt(caseNumber.substring(caseNumber.length() - 1)) % 4 * 0.5
          + (review.getAssignee().equals("fagvurderer4") ? 0.5 : 0);
      Map<String, Object> variables = new HashMap<>();
      for (Criterion criterion : Criterion.values()) {
        variables.put(ReviewVariables.score(criterion), score);
        variables.put(ReviewVariables.justification(criterion), "Vurdering av " + criterion.displayName() + ".");
      }
      tasks.complete(review.getId(), variables);
      executeDueJobs();
    }
    executeDueJobs();
  }

  static String displayName(String level) {
    return no.klyngeprogrammet.call.Level.valueOf(level).displayName();
  }

  /** The text of column {@code column} in the row of a table whose heading cell is {@code row}. */
  String cell(String table, String row, int column) {
    List<WebElement> rows = browser.driver().findElements(By.cssSelector("#" + table + " tbody tr"));
    for (WebElement tr : rows) {
      List<WebElement> cells = tr.findElements(By.cssSelector("th, td"));
      if (cells.get(0).getText().equals(row)) {
        return cells.get(column).getText();
      }
    }
    throw new AssertionError("No row " + row + " in " + table);
  }
}
