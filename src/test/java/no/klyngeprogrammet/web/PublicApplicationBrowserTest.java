package no.klyngeprogrammet.web;

import static no.klyngeprogrammet.support.TestApplications.orgNumber;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.klyngeprogrammet.support.browser.Accessibility;
import no.klyngeprogrammet.support.browser.BrowserIntegrationTest;
import no.klyngeprogrammet.support.browser.Keyboard;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An applicant without an account applies on the public page with the keyboard only: the browser's
 * own checks first, then a refusal by the server, then the corrected application, the receipt, and
 * the status link from the receipt mail. Every state of the page passes axe-core's WCAG 2.1 AA rules.
 */
class PublicApplicationBrowserTest extends BrowserIntegrationTest {

  static final Pattern STATUS_LINK = Pattern.compile("http://localhost:8080(/status/[A-Za-z0-9_-]{43})");
  static final String CONTACT = "bjorn@soroya-sjomat.no";
  static final String CHECK_DIGIT = "kontrollsifferet stemmer ikke";

  Keyboard keyboard;

  @Test
  void anApplicantSubmitsWithTheKeyboardFirstWithErrorsThenCorrectlyAndFollowsTheCase() throws Exception {
    openCall();
    keyboard = new Keyboard(browser);
    browser.open("/soknad");
    browser.waitFor(By.cssSelector("#skjema[aria-busy='false'] .fjs-form"));
    browser.screenshot("empty");
    assertThat(Accessibility.seriousViolations(browser)).as("the empty form").isEmpty();

    // The browser's own checks: nothing filled in.
    keyboard.tabTo(submitButton()).press(Keys.ENTER);
    WebElement summary = browser.waitFor(By.id("feiloppsummering"));
    assertThat(keyboard.hasFocus(summary)).as("the error summary has focus").isTrue();
    assertThat(summary.getText()).contains("Klyngens navn: Feltet må fylles ut.");

    String applicant = orgNumber(1);
    String wrongApplicant = wrongCheckDigit(applicant);
    String publicActor = orgNumber(3001);
    fill(wrongApplicant, wrongCheckDigit(publicActor));
    keyboard.tabTo(submitButton()).press(Keys.ENTER);

    // The server's checks: the check digits are wrong, though the numbers look right to the browser.
    browser.waitForText(By.id("feiloppsummering-liste"), CHECK_DIGIT);
    assertThat(keyboard.hasFocus(summary)).as("the error summary has focus after the refusal").isTrue();
    List<WebElement> links = summary.findElements(By.cssSelector("#feiloppsummering-liste a"));
    assertThat(links).extracting(WebElement::getText).satisfiesExactly(
        first -> assertThat(first).startsWith("Søkerorganisasjonens organisasjonsnummer: " + CHECK_DIGIT),
        second -> assertThat(second).startsWith("Medlem 3: organisasjonsnummer: " + CHECK_DIGIT));
    assertThat(fieldError("Field_applicantOrgNumber")).startsWith(CHECK_DIGIT);
    assertThat(fieldError("Field_memberOrgNumber_2")).startsWith(CHECK_DIGIT);
    // Tall enough for the README to show the summary and the first field with its message together.
    browser.driver().manage().window().setSize(new Dimension(1400, 1450));
    browser.script("window.scrollTo(0, 0)");
    browser.screenshotForDocs("public-application-errors");
    browser.driver().manage().window().setSize(new Dimension(1400, 1000));
    assertThat(Accessibility.seriousViolations(browser)).as("the form with errors").isEmpty();
    assertThat(count("select count(*) from application_case")).as("cases after the refusal").isZero();
    assertThat(count("select count(*) from application_version")).isZero();
    assertThat(count("select count(*) from status_link")).isZero();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("ClusterApplication").count()).isZero();

    // The summary's links take the focus to the fields; the applicant corrects the last one first.
    keyboard.tabTo(links.get(1)).press(Keys.ENTER);
    WebElement memberNumber = field("Field_memberOrgNumber_2");
    assertThat(keyboard.hasFocus(memberNumber)).as("the link moved focus to the member's number").isTrue();
    keyboard.type(memberNumber, publicActor);
    keyboard.tabTo(links.get(0)).press(Keys.ENTER);
    WebElement applicantNumber = field("Field_applicantOrgNumber");
    assertThat(keyboard.hasFocus(applicantNumber)).as("the link moved focus to the applicant's number").isTrue();
    keyboard.type(applicantNumber, applicant);
    keyboard.tabTo(submitButton()).press(Keys.ENTER);

    WebElement receipt = browser.waitFor(By.id("kvittering"));
    assertThat(keyboard.hasFocus(receipt)).as("the receipt has focus").isTrue();
    assertThat(browser.driver().findElement(By.id("saksnummer")).getText()).isEqualTo("NIC-2027-0001");
    assertThat(browser.driver().findElement(By.id("mottatt")).getText()).isEqualTo("1. september 2027 kl. 10:00 (norsk tid)");
    assertThat(summary.isDisplayed()).as("the error summary after success").isFalse();
    assertThat(browser.driver().findElement(By.id("statuslenke")).getDomAttribute("href")).matches("/status/[A-Za-z0-9_-]{43}");
    browser.screenshot("receipt");
    assertThat(Accessibility.seriousViolations(browser)).as("the receipt").isEmpty();
    assertThat(jdbc.sql("select case_number from application_case").query(String.class).list())
        .containsExactly("NIC-2027-0001");
    assertThat(jdbc.sql("select applicant_org_number from application_case").query(String.class).single())
        .isEqualTo(applicant);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("NIC-2027-0001").count())
        .isEqualTo(1);

    executeDueJobs();
    List<MimeMessage> receipts = Arrays.stream(greenMail.getReceivedMessages()).filter(m -> to(m).equals(CONTACT)).toList();
    assertThat(receipts).hasSize(1);
    assertThat(receipts.get(0).getSubject()).isEqualTo("Kvittering: søknad om klyngestatus NIC-2027-0001");
    Matcher link = STATUS_LINK.matcher(((String) receipts.get(0).getContent()));
    assertThat(link.find()).as("the receipt carries a status link").isTrue();

    browser.open(link.group(1));
    assertThat(browser.waitFor(By.id("status")).getText()).isEqualTo("Mottatt");
    assertThat(browser.driver().findElement(By.id("saksnummer")).getText()).isEqualTo("NIC-2027-0001");
    assertThat(browser.driver().findElement(By.id("brev")).getText()).contains("Kvittering for mottatt søknad");
    assertThat(browser.driver().findElements(By.id("ingen-brev"))).isEmpty();
    browser.screenshotForDocs("public-status-page");
    assertThat(Accessibility.seriousViolations(browser)).as("the status page").isEmpty();

    browser.open(link.group(1).substring(0, link.group(1).length() - 1) + (link.group(1).endsWith("A") ? "B" : "A"));
    assertThat(browser.waitFor(By.id("melding")).getText()).isEqualTo(StatusController.NO_SUCH_LINK);
    assertThat(browser.driver().findElements(By.id("status"))).isEmpty();
    browser.screenshot("status-not-found");
    assertThat(Accessibility.seriousViolations(browser)).as("the status page's 404").isEmpty();
  }

  @Test
  void theFormRefusesAnAmountAboveTheLevelsCeilingBeforeItIsSent() {
    openCall();
    keyboard = new Keyboard(browser);
    browser.open("/soknad");
    browser.waitFor(By.cssSelector("#skjema[aria-busy='false'] .fjs-form"));
    keyboard.tabTo(field("Field_level-0")).press(Keys.SPACE);
    number("Field_amountApplied", "3000001");
    keyboard.tabTo(submitButton()).press(Keys.ENTER);

    String arenaCeiling = "Verdien kan være høyst 3000000.";
    browser.waitForText(By.id("feiloppsummering-liste"), arenaCeiling);
    assertThat(fieldError("Field_amountApplied")).contains(arenaCeiling);

    field("Field_level-2").click();
    keyboard.tabTo(submitButton()).press(Keys.ENTER);
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(d -> !d.findElement(By.id("feiloppsummering-liste")).getText().contains(arenaCeiling));
    assertThat(browser.driver().findElement(By.id("feiloppsummering-liste")).getText())
        .as("GCE's ceiling is 10 million").doesNotContain("høyst").contains("Klyngens navn: Feltet må fylles ut.");
    assertThat(count("select count(*) from application_case")).isZero();
  }

  /** Fills every field of the form with the keyboard, Tab by Tab from where the focus is. */
  private void fill(String applicantNumber, String thirdMemberNumber) {
    text("Field_clusterName", "Blå Vekst Sørøya");
    keyboard.tabTo(field("Field_level-0")).press(Keys.SPACE);
    assertThat(field("Field_level-0").isSelected()).as("Arena chosen with Space").isTrue();
    text("Field_applicantName", "Sørøya Sjømat AS");
    text("Field_applicantOrgNumber", applicantNumber);
    text("Field_contactName", "Bjørn Æsøy");
    text("Field_contactEmail", CONTACT);
    text("Field_contactPhone", "+47 912 34 567");
    member(0, "Sørøya Sjømat AS", orgNumber(1), "Næringsliv");
    member(1, "Norges teknisk-naturvitenskapelige universitet", orgNumber(2001),
        "Kunnskapsmiljø (FoU, universitet, høyskole)");
    member(2, "Møre og Romsdal fylkeskommune", thirdMemberNumber, "Offentlig utviklingsaktør");
    text("Field_vision", "Å gjøre havnæringen på Sørøya grønnere og mer lønnsom.");
    text("Field_focusAreas", "Fôr, røkt og sjømatforedling");
    text("Field_projectDescription", "Et felles prosjekt for lavutslipps fartøy og fôrflåter.");
    text("Field_projectEffect", "Lavere utslipp og nye arbeidsplasser i distriktet.");
    text("Field_programmeContribution", "Støtten utløser et forprosjekt som ellers ikke ville blitt gjennomført.");
    text("Field_implementationPlan", "År 1: kartlegging. År 2: pilot. År 3: skalering.");
    number("Field_budgetPerYear", "4000000");
    number("Field_amountApplied", "2000000");
    number("Field_ownFinancing", "2000000");
  }

  private void text(String componentId, String text) {
    WebElement field = field(componentId);
    keyboard.tabTo(field).type(field, text);
  }

  private void number(String componentId, String number) {
    WebElement field = field(componentId);
    keyboard.tabTo(field).number(field, number);
  }

  /** A member row; the kind of actor is picked in the dropdown that opens on focus, with the arrow keys and Enter. */
  private void member(int row, String name, String number, String kind) {
    text("Field_memberName_" + row, name);
    text("Field_memberOrgNumber_" + row, number);
    keyboard.tabTo(field("Field_memberActorKind_" + row));
    By highlighted = By.cssSelector(".fjs-container .fjs-dropdownlist-item.focused");
    for (int presses = 0; !kind.equals(browser.waitFor(highlighted).getText().trim()); presses++) {
      assertThat(presses).as("arrow presses to reach %s", kind).isLessThan(4);
      String before = browser.waitFor(highlighted).getText();
      keyboard.press(Keys.ARROW_DOWN);
      new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> !before.equals(d.findElement(highlighted).getText()));
    }
    keyboard.press(Keys.ENTER);
    browser.waitForText(By.cssSelector(".fjs-container [id$='-Field_memberActorKind_" + row + "-display']"), kind);
  }

  private WebElement field(String componentId) {
    return browser.driver().findElement(By.cssSelector(".fjs-container [id$='-" + componentId + "']"));
  }

  private String fieldError(String componentId) {
    return browser.driver().findElement(By.cssSelector(".fjs-container [id$='-" + componentId + "-error-message']")).getText();
  }

  private WebElement submitButton() {
    return browser.driver().findElement(By.xpath("//div[contains(@class,'fjs-container')]//button[normalize-space(.)='Send inn søknad']"));
  }

  /** The same number with another last digit: nine digits, so only the check digit is wrong. */
  private static String wrongCheckDigit(String number) {
    char last = number.charAt(8);
    return number.substring(0, 8) + (char) ('0' + (last - '0' + 1) % 10);
  }

  private static String to(MimeMessage message) {
    try {
      return message.getAllRecipients()[0].toString();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
