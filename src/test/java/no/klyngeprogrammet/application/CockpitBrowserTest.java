package no.klyngeprogrammet.application;

import static no.klyngeprogrammet.support.TestApplications.eligibleForm;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import no.klyngeprogrammet.support.browser.BrowserIntegrationTest;
import no.klyngeprogrammet.support.browser.Cockpit;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

/** An administrator follows a case in Cockpit: the process diagram shows where the instance is. */
class CockpitBrowserTest extends BrowserIntegrationTest {

  @Test
  void anAdministratorSeesTheCaseWaitingForReviewerAssignmentInTheDiagram() {
    openCall();
    ProcessInstance application = submit(eligibleForm(1));
    pastTheDeadline();

    // Wide enough that Cockpit draws the whole model at a readable size
    browser.driver().manage().window().setSize(new Dimension(2200, 1100));
    Cockpit cockpit = Cockpit.login(browser, "admin", "test-admin");
    cockpit.openInstance("Søknad om klyngestatus", application.getId());

    assertThat(cockpit.shape("Activity_Review").isDisplayed()).isTrue();
    assertThat(cockpit.tokens("Activity_Review")).isEqualTo("1");
    assertThat(cockpit.activitiesWithTokens()).as("the badges show exactly where the engine says the instance is")
        .containsExactlyInAnyOrderElementsOf(activeActivities(application));
    browser.screenshot("cockpit-instance");
    browser.screenshotForDocs("cockpit-diagram", cockpit.diagramArea());

    ProcessInstance review = runtimeService.createProcessInstanceQuery().superProcessInstanceId(application.getId())
        .singleResult();
    cockpit.openInstance("Fagvurdering av søknad", review.getId());
    assertThat(cockpit.shape("Task_AssignReviewers").isDisplayed()).isTrue();
    assertThat(cockpit.tokens("Task_AssignReviewers")).isEqualTo("1");
    browser.screenshot("cockpit-review-instance");
  }

  /** Every activity the instance is in, subprocesses included, below the process itself. */
  private List<String> activeActivities(ProcessInstance instance) {
    List<String> ids = new ArrayList<>();
    for (ActivityInstance child : runtimeService.getActivityInstance(instance.getId()).getChildActivityInstances()) {
      collect(child, ids);
    }
    return ids;
  }

  private static void collect(ActivityInstance activity, List<String> ids) {
    ids.add(activity.getActivityId());
    for (ActivityInstance child : activity.getChildActivityInstances()) {
      collect(child, ids);
    }
  }
}
