package no.klyngeprogrammet.application;

import static no.klyngeprogrammet.support.TestApplications.orgNumber;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.Map;
import no.klyngeprogrammet.call.CallVariables;
import no.klyngeprogrammet.identity.ProgrammeGroups;
import no.klyngeprogrammet.support.browser.BrowserIntegrationTest;
import no.klyngeprogrammet.support.browser.CamundaForm;
import no.klyngeprogrammet.support.browser.EnglishLabels;
import no.klyngeprogrammet.support.browser.Tasklist;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A demo applicant with an account starts the application from Tasklist's start form. */
class StartFormBrowserTest extends BrowserIntegrationTest {

  @Test
  void anApplicantFillsTheStartFormInTasklistAndGetsACaseAndAReceipt() throws Exception {
    ensureUser("soker1", ProgrammeGroups.APPLICANTS, "demo");
    setClock(oslo("2027-09-01T10:00"));
    runtimeService.startProcessInstanceByKey(CallVariables.PROCESS_KEY,
        Map.of(CallVariables.CALL_TITLE, "Utlysning 2027", CallVariables.DEADLINE_LOCAL, "2027-09-15T12:00"));

    Tasklist tasklist = Tasklist.login(browser, "soker1", "demo");
    browser.screenshot("tasklist-applicant");
    CamundaForm form = tasklist.startProcess("Søknad om klyngestatus");
    browser.screenshot("start-form-empty");
    fill(form, "2000000");
    browser.screenshot("start-form-filled");

    form.press("Send inn søknad");
    tasklist.awaitStarted();
    browser.screenshot("started");
    executeDueJobs();

    assertThat(jdbc.sql("select case_number from application_case").query(String.class).list())
        .containsExactly("NIC-2027-0001");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("NIC-2027-0001").count())
        .isEqualTo(1);
    assertThat((Number) runtimeService.getVariable(runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey("NIC-2027-0001").singleResult().getId(), ApplicationVariables.BUDGET_PER_YEAR))
        .as("every digit typed arrived").extracting(Number::longValue).isEqualTo(4_000_000L);
    MimeMessage receipt = Arrays.stream(greenMail.getReceivedMessages()).filter(m -> to(m).equals("bjorn@soroya-sjomat.no"))
        .findFirst().orElseThrow();
    assertThat(receipt.getSubject()).isEqualTo("Kvittering: søknad om klyngestatus NIC-2027-0001");
  }

  /**
   * Tasklist's form holds the level's ceiling on the amount applied for, in Norwegian, before
   * anything is sent.
   */
  @Test
  void theFormRefusesAnAmountAboveTheLevelsCeilingBeforeItIsSent() {
    ensureUser("soker1", ProgrammeGroups.APPLICANTS, "demo");
    openCall();

    Tasklist tasklist = Tasklist.login(browser, "soker1", "demo");
    CamundaForm form = tasklist.startProcess("Søknad om klyngestatus");
    fill(form, "3000001");
    form.press("Send inn søknad");
    assertThat(browser.waitForText(By.cssSelector(".fjs-container [id$='-Field_amountApplied-error-message']"),
        "3000000").getText()).as("Arena's ceiling").contains("høyst 3000000");
    browser.screenshot("start-form-above-ceiling");
    assertThat(count("select count(*) from application_case")).isZero();
    assertThat(EnglishLabels.visibleIn(browser)).as("English in the start form").isEmpty();
  }

  /**
   * Tasklist keeps its own Start button disabled for a complete form with a member list (its check
   * of form-js's errors never passes there, see webapps.css): so it is hidden for that form, which
   * has its own "Send inn søknad", and no applicant meets a disabled button.
   */
  @Test
  void tasklistsOwnStartButtonIsHiddenForTheFormWithAMemberList() {
    ensureUser("soker1", ProgrammeGroups.APPLICANTS, "demo");
    openCall();

    Tasklist tasklist = Tasklist.login(browser, "soker1", "demo");
    CamundaForm form = tasklist.startProcess("Søknad om klyngestatus");
    fill(form, "2000000");
    browser.screenshot("start-form-filled");

    assertThat(browser.driver().findElement(By.cssSelector("button[ng-click='startProcessInstance()']")).isDisplayed())
        .as("Tasklist's Start button").isFalse();
    assertThat(browser.driver().findElements(By.cssSelector(".modal-dialog button")).stream()
        .filter(WebElement::isDisplayed).filter(button -> !button.isEnabled()).map(WebElement::getText).toList())
        .as("disabled buttons the applicant sees").isEmpty();
    assertThat(browser.driver().findElement(By.xpath("//div[contains(@class,'fjs-container')]"
        + "//button[normalize-space(.)='Send inn søknad']")).isDisplayed()).as("the form's own button").isTrue();
    assertThat(browser.driver().findElement(By.cssSelector(".fjs-container .fjs-repeat-render-add")).getText())
        .as("form-js's own text, in Norwegian").isEqualTo("Legg til rad");
    assertThat(EnglishLabels.visibleIn(browser)).as("English in the start form").isEmpty();
  }

  /** A complete application with four members, typed the way a person fills the form. */
  private static void fill(CamundaForm form, String amountApplied) {
    form.type("Field_clusterName", "Blå Vekst Sørøya")
        .choose("Field_level", "Arena – unge klynger som bygger samarbeid")
        .type("Field_applicantName", "Sørøya Sjømat AS")
        .type("Field_applicantOrgNumber", orgNumber(1))
        .type("Field_contactName", "Bjørn Æsøy")
        .type("Field_contactEmail", "bjorn@soroya-sjomat.no")
        .type("Field_contactPhone", "+47 912 34 567");
    member(form, 0, "Sørøya Sjømat AS", orgNumber(1), "Næringsliv");
    member(form, 1, "Ålesund Havbruk AS", orgNumber(1001), "Næringsliv");
    member(form, 2, "Norges teknisk-naturvitenskapelige universitet", orgNumber(2001),
        "Kunnskapsmiljø (FoU, universitet, høyskole)");
    form.addRow();
    member(form, 3, "Møre og Romsdal fylkeskommune", orgNumber(3001), "Offentlig utviklingsaktør");
    form.type("Field_vision", "Å gjøre havnæringen på Sørøya grønnere og mer lønnsom.")
        .type("Field_focusAreas", "Fôr, røkt og sjømatforedling")
        .type("Field_projectDescription", "Et felles prosjekt for lavutslipps fartøy og fôrflåter.")
        .type("Field_projectEffect", "Lavere utslipp og nye arbeidsplasser i distriktet.")
        .type("Field_programmeContribution", "Støtten utløser et forprosjekt som ellers ikke ville blitt gjennomført.")
        .type("Field_implementationPlan", "År 1: kartlegging. År 2: pilot. År 3: skalering.")
        .number("Field_budgetPerYear", "4000000")
        .number("Field_amountApplied", amountApplied)
        .number("Field_ownFinancing", "2000000");
  }

  private static void member(CamundaForm form, int row, String name, String orgNumber, String kind) {
    form.type("Field_memberName_" + row, name)
        .type("Field_memberOrgNumber_" + row, orgNumber)
        .select("Field_memberActorKind_" + row, kind);
  }

  private static String to(MimeMessage message) {
    try {
      return message.getAllRecipients()[0].toString();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
