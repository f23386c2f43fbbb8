package no.klyngeprogrammet.application;

import static no.klyngeprogrammet.support.TestApplications.member;
import static no.klyngeprogrammet.support.TestApplications.orgNumber;
import static no.klyngeprogrammet.support.TestApplications.validForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import no.klyngeprogrammet.call.Level;
import no.klyngeprogrammet.config.NorwegianFormat;
import no.klyngeprogrammet.validation.FieldError;
import no.klyngeprogrammet.validation.ValidationException;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SubmissionValidatorTest {

  private static final ApplicationProperties LIMITS = AmountAppliedLimitTest.CONFIGURED;

  private static final String MEMBERS_JSON = """
      [
        {"name": "Søker 1 AS", "orgNumber": "%s", "actorKind": "INDUSTRY"},
        {"name": "Ålesund Havbruk AS", "orgNumber": "%s", "actorKind": "INDUSTRY"},
        {"name": "Norges teknisk-naturvitenskapelige universitet", "orgNumber": "%s", "actorKind": "KNOWLEDGE"},
        {"name": "Møre og Romsdal fylkeskommune", "orgNumber": "%s", "actorKind": "PUBLIC"}
      ]
      """.formatted(orgNumber(1), orgNumber(1001), orgNumber(2001), orgNumber(3001));

  private static final String WRONG_CHECK_DIGIT =
      "kontrollsifferet stemmer ikke (modulus 11); sjekk at nummeret er skrevet riktig";

  private static Submission expectedSubmission() {
    return new Submission(
        "Blå Vekst Ærøy 1",
        Level.ARENA,
        "Søker 1 AS",
        orgNumber(1),
        "Bjørn Æsøy",
        "kontakt1@sokerklynge.no",
        "+47 912 34 567",
        List.of(
            new Member("Søker 1 AS", orgNumber(1), ActorKind.INDUSTRY),
            new Member("Ålesund Havbruk AS", orgNumber(1001), ActorKind.INDUSTRY),
            new Member("Norges teknisk-naturvitenskapelige universitet", orgNumber(2001), ActorKind.KNOWLEDGE),
            new Member("Møre og Romsdal fylkeskommune", orgNumber(3001), ActorKind.PUBLIC)),
        "Å gjøre havnæringen på Sørøya grønnere og mer lønnsom.",
        "Fôr, røkt og sjømatforedling",
        "Et felles prosjekt for lavutslipps fartøy og fôrflåter.",
        "Lavere utslipp og nye arbeidsplasser i distriktet.",
        "Støtten utløser et forprosjekt som ellers ikke ville blitt gjennomført.",
        "År 1: kartlegging. År 2: pilot. År 3: skalering.",
        4_000_000L,
        2_000_000L,
        2_000_000L,
        false);
  }

  private static String spaced(String orgNumber) {
    return orgNumber.substring(0, 3) + " " + orgNumber.substring(3, 6) + " " + orgNumber.substring(6);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> memberRow(Map<String, Object> form, int index) {
    return ((List<Map<String, Object>>) form.get("members")).get(index);
  }

  @Test
  void acceptsACompleteForm() {
    assertThat(SubmissionValidator.validate(validForm(1), LIMITS)).isEqualTo(expectedSubmission());
  }

  @Test
  void stripsTextAndRemovesSpacesFromOrganisationNumbers() {
    Map<String, Object> form = validForm(1);
    form.put("clusterName", "  Blå Vekst Ærøy 1 \n");
    form.put("applicantName", "\tSøker 1 AS ");
    form.put("applicantOrgNumber", spaced(orgNumber(1)));
    form.put("contactName", " Bjørn Æsøy ");
    form.put("contactEmail", " kontakt1@sokerklynge.no ");
    form.put("contactPhone", " +47 912 34 567 ");
    form.put("vision", "\n Å gjøre havnæringen på Sørøya grønnere og mer lønnsom. \n");
    memberRow(form, 1).put("name", "  Ålesund Havbruk AS  ");
    memberRow(form, 1).put("orgNumber", spaced(orgNumber(1001)));
    memberRow(form, 2).put("orgNumber", " " + orgNumber(2001).substring(0, 3) + "\u00a0" + orgNumber(2001).substring(3));

    assertThat(SubmissionValidator.validate(form, LIMITS)).isEqualTo(expectedSubmission());
  }

  @Test
  void readsMembersFromAJsonString() {
    Map<String, Object> form = validForm(1);
    form.put("members", MEMBERS_JSON);

    assertThat(SubmissionValidator.validate(form, LIMITS).members()).isEqualTo(expectedSubmission().members());
  }

  @Test
  void readsMembersFromASpinJsonNode() {
    Map<String, Object> form = validForm(1);
    form.put("members", Spin.JSON(MEMBERS_JSON));

    assertThat(SubmissionValidator.validate(form, LIMITS).members()).isEqualTo(expectedSubmission().members());
  }

  @Test
  void keepsNewlinesAndTabsInsideLongTexts() {
    Map<String, Object> form = validForm(1);
    form.put("implementationPlan", "År 1:\tkartlegging\r\nÅr 2:\tpilot");

    assertThat(SubmissionValidator.validate(form, LIMITS).implementationPlan()).isEqualTo("År 1:\tkartlegging\r\nÅr 2:\tpilot");
  }

  @Test
  void refusesHalfASurrogatePairInAnyTextNamingTheField() {
    Map<String, Object> form = validForm(1);
    form.put("vision", "Blå \ud800 vekst");
    memberRow(form, 1).put("name", "Ålesund \udc00 AS");

    assertThatThrownBy(() -> SubmissionValidator.validate(form, LIMITS))
        .hasMessageContaining("(vision): inneholder tegn som ikke er gyldig Unicode")
        .hasMessageContaining("(members[1].name): inneholder tegn som ikke er gyldig Unicode");
  }

  @Test
  void keepsCharactersBeyondTheBasicPlaneSuchAsEmoji() {
    Map<String, Object> form = validForm(1);
    form.put("vision", "Blå vekst \uD83D\uDC1F");

    assertThat(SubmissionValidator.validate(form, LIMITS).vision()).isEqualTo("Blå vekst \uD83D\uDC1F");
  }

  @Test
  void acceptsHtmlAndScriptTextVerbatim() {
    Map<String, Object> form = validForm(1);
    form.put("clusterName", "<script>alert('Blåbær & Ål')</script>");
    form.put("vision", "<b>Æ, ø og å</b> &amp; \"sitater\" <img src=x onerror=alert(1)>");
    memberRow(form, 0).put("name", "Søker <i>1</i> & Co AS");

    Submission submission = SubmissionValidator.validate(form, LIMITS);

    assertThat(submission.clusterName()).isEqualTo("<script>alert('Blåbær & Ål')</script>");
    assertThat(submission.vision()).isEqualTo("<b>Æ, ø og å</b> &amp; \"sitater\" <img src=x onerror=alert(1)>");
    assertThat(submission.members().get(0).name()).isEqualTo("Søker <i>1</i> & Co AS");
  }

  @Test
  void acceptsTextsAtTheirMaximumLength() {
    Map<String, Object> form = validForm(1);
    form.put("clusterName", "æ".repeat(200));
    form.put("vision", "ø".repeat(4000));

    Submission submission = SubmissionValidator.validate(form, LIMITS);

    assertThat(submission.clusterName()).hasSize(200);
    assertThat(submission.vision()).hasSize(4000);
  }

  @Test
  void acceptsZeroOwnFinancingAndTheMaximumAmount() {
    Map<String, Object> form = validForm(1);
    form.put("level", "GCE");
    form.put("budgetPerYear", 10_000_000_000L);
    form.put("amountApplied", 10_000_000L);
    form.put("ownFinancing", 0);

    Submission submission = SubmissionValidator.validate(form, LIMITS);

    assertThat(submission.budgetPerYear()).isEqualTo(10_000_000_000L);
    assertThat(submission.amountApplied()).isEqualTo(10_000_000L);
    assertThat(submission.ownFinancing()).isZero();
  }

  @Test
  void acceptsWholeAmountsGivenAsDoubles() {
    Map<String, Object> form = validForm(1);
    form.put("budgetPerYear", 4_000_000.0);

    assertThat(SubmissionValidator.validate(form, LIMITS).budgetPerYear()).isEqualTo(4_000_000L);
  }

  @Test
  void readsTheNceIntention() {
    Map<String, Object> form = validForm(1);
    form.put("intendsNce", true);

    assertThat(SubmissionValidator.validate(form, LIMITS).intendsNce()).isTrue();
  }

  @Test
  void treatsAMissingNceIntentionAsNo() {
    Map<String, Object> form = validForm(1);
    form.remove("intendsNce");

    assertThat(SubmissionValidator.validate(form, LIMITS).intendsNce()).isFalse();
  }

  @Test
  void acceptsTheApplicantUserSetByTheEngine() {
    Map<String, Object> form = validForm(1);
    form.put("applicantUser", "soker1");

    assertThat(SubmissionValidator.validate(form, "soker1", LIMITS)).isEqualTo(expectedSubmission());
  }

  @Test
  void refusesAnApplicantUserThatIsNotTheLoggedInUser() {
    Map<String, Object> form = validForm(1);
    form.put("applicantUser", "soker2");

    for (String loggedIn : new String[] {"soker1", null}) {
      assertThatThrownBy(() -> SubmissionValidator.validate(form, loggedIn, LIMITS))
          .isInstanceOf(ValidationException.class)
          .hasMessage("Søknaden ble ikke sendt inn. Rett opp følgende: Innsender (applicantUser): settes til den "
              + "innloggede brukeren og kan ikke sendes inn for en annen bruker");
    }
  }

  static Stream<Arguments> singleRuleViolations() {
    return Stream.of(
        violation("missing cluster name", form -> form.remove("clusterName"),
            "clusterName", "Klyngens navn", "må fylles ut"),
        violation("blank cluster name", form -> form.put("clusterName", " \t\n "),
            "clusterName", "Klyngens navn", "må fylles ut"),
        violation("missing contact name", form -> form.put("contactName", null),
            "contactName", "Kontaktpersonens navn", "må fylles ut"),
        violation("blank project description", form -> form.put("projectDescription", ""),
            "projectDescription", "Strategisk utviklingsprosjekt", "må fylles ut"),
        violation("cluster name over 200 characters", form -> form.put("clusterName", "x".repeat(201)),
            "clusterName", "Klyngens navn", "kan ha høyst 200 tegn, men har 201"),
        violation("vision over 4000 characters", form -> form.put("vision", "å".repeat(4001)),
            "vision", "Visjon og mål", "kan ha høyst 4000 tegn, men har 4001"),
        violation("10 MB implementation plan", form -> form.put("implementationPlan", "a".repeat(10 * 1024 * 1024)),
            "implementationPlan", "Gjennomføringsplan", "kan ha høyst 4000 tegn, men har 10485760"),
        violation("NUL character", form -> form.put("applicantName", "Søker\u0000AS"),
            "applicantName", "Søkerorganisasjonens navn", "inneholder kontrolltegn som ikke er tillatt"),
        violation("escape character", form -> form.put("focusAreas", "Fôr\u001b[31m"),
            "focusAreas", "Fokusområder", "inneholder kontrolltegn som ikke er tillatt"),
        violation("number where text is expected", form -> form.put("contactName", 42),
            "contactName", "Kontaktpersonens navn", "må være tekst"),
        violation("missing level", form -> form.remove("level"),
            "level", "Nivå det søkes om", "må velges"),
        violation("unknown level", form -> form.put("level", "NCE"),
            "level", "Nivå det søkes om", "må være Arena, Arena Pro eller GCE"),
        violation("level in lower case", form -> form.put("level", "arena"),
            "level", "Nivå det søkes om", "må være Arena, Arena Pro eller GCE"),
        violation("applicant organisation number with wrong check digit",
            form -> form.put("applicantOrgNumber", "974760674"),
            "applicantOrgNumber", "Søkerorganisasjonens organisasjonsnummer", WRONG_CHECK_DIGIT),
        violation("applicant organisation number as a number",
            form -> form.put("applicantOrgNumber", 974760673L),
            "applicantOrgNumber", "Søkerorganisasjonens organisasjonsnummer", "må være tekst med 9 sifre"),
        violation("missing applicant organisation number", form -> form.remove("applicantOrgNumber"),
            "applicantOrgNumber", "Søkerorganisasjonens organisasjonsnummer", "må fylles ut"),
        violation("email without at sign", form -> form.put("contactEmail", "kontakt.sokerklynge.no"),
            "contactEmail", "Kontaktpersonens e-post", "må være en gyldig e-postadresse, for eksempel navn@firma.no"),
        violation("email without domain", form -> form.put("contactEmail", "kontakt@sokerklynge"),
            "contactEmail", "Kontaktpersonens e-post", "må være en gyldig e-postadresse, for eksempel navn@firma.no"),
        violation("email with space", form -> form.put("contactEmail", "kon takt@sokerklynge.no"),
            "contactEmail", "Kontaktpersonens e-post", "må være en gyldig e-postadresse, for eksempel navn@firma.no"),
        violation("missing email", form -> form.remove("contactEmail"),
            "contactEmail", "Kontaktpersonens e-post", "må fylles ut"),
        violation("email with æøå before the at sign", form -> form.put("contactEmail", "blåbær.søker@sokerklynge.no"),
            "contactEmail", "Kontaktpersonens e-post",
            "kan ikke ha æ, ø, å eller andre tegn utenfor a–z før @, for eksempel navn@firma.no"),
        violation("phone with dashes", form -> form.put("contactPhone", "912-34-567"),
            "contactPhone", "Kontaktpersonens telefon", "må være et telefonnummer med 8 til 15 sifre"),
        violation("phone with too few digits", form -> form.put("contactPhone", "912 3456"),
            "contactPhone", "Kontaktpersonens telefon", "må være et telefonnummer med 8 til 15 sifre"),
        violation("phone with too many digits", form -> form.put("contactPhone", "+47 12345678901234"),
            "contactPhone", "Kontaktpersonens telefon", "må være et telefonnummer med 8 til 15 sifre"),
        violation("missing member list", form -> form.remove("members"),
            "members", "Medlemmer", "minst ett medlem må føres opp"),
        violation("empty member list", form -> form.put("members", List.of()),
            "members", "Medlemmer", "minst ett medlem må føres opp"),
        violation("empty JSON member list", form -> form.put("members", "[]"),
            "members", "Medlemmer", "minst ett medlem må føres opp"),
        violation("more than 1000 members",
            form -> form.put("members", Collections.nCopies(1001, member("Bedrift AS", orgNumber(5), "INDUSTRY"))),
            "members", "Medlemmer", "kan ha høyst 1000 medlemmer"),
        violation("member list as plain text", form -> form.put("members", "Bedrift AS, Annen Bedrift AS"),
            "members", "Medlemmer", "må være en liste over medlemmer"),
        violation("member list as a JSON object",
            form -> form.put("members", "{\"name\": \"Bedrift AS\"}"),
            "members", "Medlemmer", "må være en liste over medlemmer"),
        violation("member list as a number", form -> form.put("members", 42),
            "members", "Medlemmer", "må være en liste over medlemmer"),
        violation("malformed member JSON", form -> form.put("members", "[{\"name\": \"Bedrift AS\","),
            "members", "Medlemmer", "må være en liste over medlemmer"),
        violation("member row that is not an object", form -> form.put("members", List.of("Bedrift AS")),
            "members[0]", "Medlem 1", "må ha navn, organisasjonsnummer og type aktør"),
        violation("JSON member row that is not an object",
            form -> form.put("members", "[{\"name\": \"Bedrift AS\", \"orgNumber\": \"974760673\", "
                + "\"actorKind\": \"INDUSTRY\"}, \"Annen Bedrift AS\"]"),
            "members[1]", "Medlem 2", "må ha navn, organisasjonsnummer og type aktør"),
        violation("member without name", form -> memberRow(form, 0).remove("name"),
            "members[0].name", "Medlem 1: navn", "må fylles ut"),
        violation("member name with control character", form -> memberRow(form, 2).put("name", "NTNU\u0007"),
            "members[2].name", "Medlem 3: navn", "inneholder kontrolltegn som ikke er tillatt"),
        violation("member without organisation number", form -> memberRow(form, 1).remove("orgNumber"),
            "members[1].orgNumber", "Medlem 2: organisasjonsnummer", "må fylles ut"),
        violation("member organisation number too short", form -> memberRow(form, 1).put("orgNumber", "12345678"),
            "members[1].orgNumber", "Medlem 2: organisasjonsnummer", "må ha nøyaktig 9 sifre, men har 8"),
        violation("member organisation number as a JSON number",
            form -> form.put("members", "[{\"name\": \"Bedrift AS\", \"orgNumber\": 974760673, "
                + "\"actorKind\": \"INDUSTRY\"}]"),
            "members[0].orgNumber", "Medlem 1: organisasjonsnummer", "må være tekst med 9 sifre"),
        violation("member without actor kind", form -> memberRow(form, 3).remove("actorKind"),
            "members[3].actorKind", "Medlem 4: type aktør", "må velges"),
        violation("unknown actor kind", form -> memberRow(form, 3).put("actorKind", "STARTUP"),
            "members[3].actorKind", "Medlem 4: type aktør",
            "må være næringsliv, kunnskapsmiljø, offentlig utviklingsaktør eller kapitalaktør"),
        violation("duplicate member organisation number", form -> memberRow(form, 2).put("orgNumber", orgNumber(1)),
            "members[2].orgNumber", "Medlem 3: organisasjonsnummer", "organisasjonen er allerede oppført som medlem 1"),
        violation("duplicate member organisation number written with spaces",
            form -> memberRow(form, 3).put("orgNumber", spaced(orgNumber(1001))),
            "members[3].orgNumber", "Medlem 4: organisasjonsnummer", "organisasjonen er allerede oppført som medlem 2"),
        violation("missing budget", form -> form.remove("budgetPerYear"),
            "budgetPerYear", "Budsjett per år", "må fylles ut"),
        violation("budget as text", form -> form.put("budgetPerYear", "4000000"),
            "budgetPerYear", "Budsjett per år", "må være et tall (hele kroner)"),
        violation("negative own financing", form -> form.put("ownFinancing", -1),
            "ownFinancing", "Egenfinansiering per år", "kan ikke være negativt"),
        violation("zero budget", form -> form.put("budgetPerYear", 0),
            "budgetPerYear", "Budsjett per år", "må være større enn null"),
        violation("zero amount applied", form -> form.put("amountApplied", 0L),
            "amountApplied", "Omsøkt beløp per år", "må være større enn null"),
        violation("amount applied with øre", form -> form.put("amountApplied", 1_500_000.5),
            "amountApplied", "Omsøkt beløp per år", "må være hele kroner"),
        violation("infinite own financing", form -> form.put("ownFinancing", Double.POSITIVE_INFINITY),
            "ownFinancing", "Egenfinansiering per år", "må være hele kroner"),
        violation("own financing not a number", form -> form.put("ownFinancing", Double.NaN),
            "ownFinancing", "Egenfinansiering per år", "må være hele kroner"),
        violation("budget above 10 billion", form -> form.put("budgetPerYear", 10_000_000_001L),
            "budgetPerYear", "Budsjett per år", "kan ikke være over 10 milliarder kroner"),
        violation("own financing above 10 billion", form -> form.put("ownFinancing", 1e11),
            "ownFinancing", "Egenfinansiering per år", "kan ikke være over 10 milliarder kroner"),
        violation("amount applied above the budget", form -> {
          form.put("level", "GCE");
          form.put("amountApplied", 4_000_001);
        }, "amountApplied", "Omsøkt beløp per år", "kan ikke være større enn budsjettet per år"),
        violation("amount applied above the level's ceiling", form -> {
          form.put("budgetPerYear", 4_000_000_000L);
          form.put("amountApplied", 2_147_483_648L);
        }, "amountApplied", "Omsøkt beløp per år", "kan være høyst " + NorwegianFormat.kroner(3_000_000) + " per år for nivået Arena"),
        violation("yes instead of a boolean", form -> form.put("intendsNce", "yes"),
            "intendsNce", "Vil søke NCE-merkevaren senere", "må være ja eller nei"),
        violation("unknown variable", form -> form.put("caseNumber", "2026-0001"),
            "caseNumber", "caseNumber", "er ikke et felt i skjemaet"));
  }

  private static Arguments violation(String description, Consumer<Map<String, Object>> breakForm,
      String field, String label, String message) {
    return arguments(description, breakForm, new FieldError(field, label, message));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("singleRuleViolations")
  void refusesAFormBreakingOneRule(String description, Consumer<Map<String, Object>> breakForm,
      FieldError expected) {
    Map<String, Object> form = validForm(1);
    breakForm.accept(form);

    assertThatThrownBy(() -> SubmissionValidator.validate(form, LIMITS))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(expected));
  }

  @Test
  void refusalCarriesASummaryForTheApplicant() {
    Map<String, Object> form = validForm(1);
    form.remove("clusterName");

    assertThatThrownBy(() -> SubmissionValidator.validate(form, LIMITS))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.summary()).isEqualTo("Søknaden ble ikke sendt inn. Rett opp følgende:");
          assertThat(e.getMessage()).isEqualTo(
              "Søknaden ble ikke sendt inn. Rett opp følgende: Klyngens navn (clusterName): må fylles ut");
        });
  }

  @Test
  void reportsEveryBrokenFieldTogetherInFormOrder() {
    Map<String, Object> form = validForm(1);
    form.put("zeta", 1);
    form.put("alpha", 2);
    form.remove("clusterName");
    form.put("level", "NCE");
    form.put("contactEmail", "ikke-en-adresse");
    List<Object> members = new ArrayList<>();
    members.add(member("", "974760674", "STARTUP"));
    members.add(42);
    form.put("members", members);
    form.put("vision", "v".repeat(4001));
    form.put("budgetPerYear", -5);
    form.put("ownFinancing", 0.25);
    form.put("intendsNce", "ja");

    assertThatThrownBy(() -> SubmissionValidator.validate(form, LIMITS))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
            new FieldError("alpha", "alpha", "er ikke et felt i skjemaet"),
            new FieldError("zeta", "zeta", "er ikke et felt i skjemaet"),
            new FieldError("clusterName", "Klyngens navn", "må fylles ut"),
            new FieldError("level", "Nivå det søkes om", "må være Arena, Arena Pro eller GCE"),
            new FieldError("contactEmail", "Kontaktpersonens e-post",
                "må være en gyldig e-postadresse, for eksempel navn@firma.no"),
            new FieldError("members[0].name", "Medlem 1: navn", "må fylles ut"),
            new FieldError("members[0].orgNumber", "Medlem 1: organisasjonsnummer", WRONG_CHECK_DIGIT),
            new FieldError("members[0].actorKind", "Medlem 1: type aktør",
                "må være næringsliv, kunnskapsmiljø, offentlig utviklingsaktør eller kapitalaktør"),
            new FieldError("members[1]", "Medlem 2", "må ha navn, organisasjonsnummer og type aktør"),
            new FieldError("vision", "Visjon og mål", "kan ha høyst 4000 tegn, men har 4001"),
            new FieldError("budgetPerYear", "Budsjett per år", "kan ikke være negativt"),
            new FieldError("ownFinancing", "Egenfinansiering per år", "må være hele kroner"),
            new FieldError("intendsNce", "Vil søke NCE-merkevaren senere", "må være ja eller nei")));
  }

  @Test
  void labelOfFallsBackToTheFieldName() {
    assertThat(SubmissionValidator.labelOf("contactPhone")).isEqualTo("Kontaktpersonens telefon");
    assertThat(SubmissionValidator.labelOf("somethingElse")).isEqualTo("somethingElse");
  }
}
