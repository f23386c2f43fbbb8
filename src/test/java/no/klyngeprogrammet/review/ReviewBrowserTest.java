package no.klyngeprogrammet.review;

import static no.klyngeprogrammet.support.TestApplications.eligibleForm;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;
import no.klyngeprogrammet.identity.ProgrammeGroups;
import no.klyngeprogrammet.support.browser.BrowserIntegrationTest;
import no.klyngeprogrammet.support.browser.CamundaForm;
import no.klyngeprogrammet.support.browser.Tasklist;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/** A reviewer in Tasklist: the impartiality declaration first, then the review form with the scores. */
class ReviewBrowserTest extends BrowserIntegrationTest {

  @Test
  void aReviewerDeclaresImpartialityThenScoresTheApplicationInTasklist() {
    ensureUser("fagvurderer1", ProgrammeGroups.REVIEWERS, "demo");
    ensureUser("fagvurderer2", ProgrammeGroups.REVIEWERS);
    ensureUser("fagvurderer3", ProgrammeGroups.REVIEWERS);
    ensureUser("saksbehandler1", ProgrammeGroups.CASE_OFFICERS);
    openCall();
    ProcessInstance application = submit(eligibleForm(1));
    pastTheDeadline();
    assignReviewers(application, "saksbehandler1", "fagvurderer1", "fagvurderer2", "fagvurderer3");

    Tasklist tasklist = Tasklist.login(browser, "fagvurderer1", "demo");
    assertThat(tasklist.filters()).containsExactly("Mine fagvurderinger");
    CamundaForm declaration = tasklist.openTaskInList("Erklær habilitet");
    assertThat(declaration.value("Field_caseNumber")).isEqualTo("NIC-2027-0001");
    assertThat(declaration.value("Field_memberListText")).contains("Søker 1 AS");
    browser.screenshot("impartiality-declaration");
    tasklist.complete();

    assertThat(task(application, "Task_DeclareImpartiality", "fagvurderer1")).isNull();
    CamundaForm review = tasklist.openTaskInList("Vurder søknaden");
    assertThat(review.value("Field_vision")).isEqualTo("Å gjøre havnæringen på Sørøya grønnere og mer lønnsom.");
    assertThat(review.value("Field_memberRegisterText")).contains("Søker 1 AS (");
    assertThat(review.value("Field_budgetPerYear").replaceAll("\\D", "")).isEqualTo("4000000");
    review.number("Field_scoreSynergy", "4.5")
        .type("Field_justificationSynergy", "Tydelige synergier mellom havbruk og forskning.")
        .number("Field_scoreValueCreation", "4")
        .type("Field_justificationValueCreation", "Godt potensial for verdiskaping i regionen.")
        .number("Field_scoreStrategicProject", "3.5")
        .type("Field_justificationStrategicProject", "Prosjektet er konkret, men effekten er lite tallfestet.")
        .number("Field_scoreParticipation", "4")
        .type("Field_justificationParticipation", "Alle tre aktørtyper deltar.")
        .number("Field_scoreLeadership", "3")
        .type("Field_justificationLeadership", "Lederskapet er nytt og lite prøvd.");
    review.scrollTo("Field_scoreSynergy");
    tasklist.dismissNotifications();
    browser.screenshotForDocs("tasklist-review-form");
    tasklist.complete();

    executeDueJobs();
    Map<String, BigDecimal> scores = jdbc.sql("select s.criterion, s.score from review_score s"
        + " join review_assignment a on a.id = s.assignment_id where a.reviewer_id = 'fagvurderer1'")
        .query((rs, row) -> Map.entry(rs.getString(1), rs.getBigDecimal(2))).list().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    assertThat(scores).hasSize(5);
    assertThat(scores.get("SYNERGY")).isEqualByComparingTo("4.5");
    assertThat(scores.get("STRATEGIC_PROJECT")).isEqualByComparingTo("3.5");
    assertThat(scores.get("LEADERSHIP")).isEqualByComparingTo("3");
    assertThat(jdbc.sql("select justification from review_score s join review_assignment a on a.id = s.assignment_id"
        + " where a.reviewer_id = 'fagvurderer1' and s.criterion = 'PARTICIPATION'").query(String.class).single())
        .isEqualTo("Alle tre aktørtyper deltar.");
    assertThat(jdbc.sql("select status from review_assignment where reviewer_id = 'fagvurderer1'").query(String.class)
        .single()).isEqualTo("COMPLETED");
  }
}
