package no.klyngeprogrammet.application;

import static no.klyngeprogrammet.support.TestApplications.member;
import static no.klyngeprogrammet.support.TestApplications.orgNumber;
import static no.klyngeprogrammet.support.TestApplications.validForm;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import no.klyngeprogrammet.call.CallVariables;
import no.klyngeprogrammet.identity.ProgrammeGroups;
import no.klyngeprogrammet.support.Http;
import no.klyngeprogrammet.support.IntegrationTest;
import no.klyngeprogrammet.support.RestVariables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Bad input at the boundaries, through REST and through Tasklist's own start form path: each case
 * gets its exact message naming the field and the rule, and nothing is stored.
 */
class BadInputCorpusTest extends IntegrationTest {

  static final String APPLICANT = "corpusapplicant";
  static final String PASSWORD = "korpus-passord";

  @LocalServerPort int port;
  Http http;

  @BeforeEach
  void applicantAndOpenCall() {
    ensureUser(APPLICANT, ProgrammeGroups.APPLICANTS, PASSWORD);
    runtimeService.startProcessInstanceByKey(CallVariables.PROCESS_KEY,
        Map.of(CallVariables.DEADLINE_LOCAL, java.time.LocalDate.now(OSLO).plusDays(30) + "T12:00"));
    http = new Http(port);
  }

  static Arguments bad(String description, Consumer<Map<String, Object>> change, String message) {
    return Arguments.of(description, change, message);
  }

  @SuppressWarnings("unchecked")
  static void changeMember(Map<String, Object> form, int index, String key, Object value) {
    List<Map<String, Object>> members = new ArrayList<>((List<Map<String, Object>>) form.get("members"));
    members.get(index).put(key, value);
    form.put("members", members);
  }

  static Stream<Arguments> corpus() {
    return Stream.of(
        bad("missing cluster name", f -> f.remove("clusterName"), "Klyngens navn (clusterName): må fylles ut"),
        bad("blank cluster name", f -> f.put("clusterName", "   "), "Klyngens navn (clusterName): må fylles ut"),
        bad("cluster name of 201 characters", f -> f.put("clusterName", "æ".repeat(201)),
            "Klyngens navn (clusterName): kan ha høyst 200 tegn, men har 201"),
        bad("a text of 10 MB", f -> f.put("vision", "ø".repeat(10 * 1024 * 1024)),
            "Visjon og mål (vision): kan ha høyst 4000 tegn, men har 10485760"),
        bad("vision of 4001 characters", f -> f.put("vision", "å".repeat(4001)),
            "Visjon og mål (vision): kan ha høyst 4000 tegn, men har 4001"),
        bad("cluster name as a number", f -> f.put("clusterName", 42), "Klyngens navn (clusterName): må være tekst"),
        bad("control character in a text", f -> f.put("focusAreas", "Fôr\u0000røkt"),
            "Fokusområder (focusAreas): inneholder kontrolltegn som ikke er tillatt"),
        bad("missing project description", f -> f.remove("projectDescription"),
            "Strategisk utviklingsprosjekt (projectDescription): må fylles ut"),
        bad("blank implementation plan", f -> f.put("implementationPlan", "\n\t "),
            "Gjennomføringsplan (implementationPlan): må fylles ut"),
        bad("unknown level", f -> f.put("level", "PLATINUM"),
            "Nivå det søkes om (level): må være Arena, Arena Pro eller GCE"),
        bad("missing level", f -> f.remove("level"), "Nivå det søkes om (level): må velges"),
        bad("organisation number with 8 digits", f -> f.put("applicantOrgNumber", "97476067"),
            "Søkerorganisasjonens organisasjonsnummer (applicantOrgNumber): må ha nøyaktig 9 sifre, men har 8"),
        bad("organisation number with 10 digits", f -> f.put("applicantOrgNumber", "9747606731"),
            "Søkerorganisasjonens organisasjonsnummer (applicantOrgNumber): må ha nøyaktig 9 sifre, men har 10"),
        bad("organisation number with a letter", f -> f.put("applicantOrgNumber", "97476067A"),
            "Søkerorganisasjonens organisasjonsnummer (applicantOrgNumber): kan bare inneholde sifre"),
        bad("organisation number with a wrong check digit", f -> f.put("applicantOrgNumber", "974760674"),
            "Søkerorganisasjonens organisasjonsnummer (applicantOrgNumber): kontrollsifferet stemmer ikke (modulus 11)"),
        bad("organisation number as a number", f -> f.put("applicantOrgNumber", 974760673),
            "Søkerorganisasjonens organisasjonsnummer (applicantOrgNumber): må være tekst med 9 sifre"),
        bad("missing e-mail", f -> f.remove("contactEmail"), "Kontaktpersonens e-post (contactEmail): må fylles ut"),
        bad("e-mail without @", f -> f.put("contactEmail", "ola.nordmann"),
            "Kontaktpersonens e-post (contactEmail): må være en gyldig e-postadresse"),
        bad("phone number too short", f -> f.put("contactPhone", "1234"),
            "Kontaktpersonens telefon (contactPhone): må være et telefonnummer med 8 til 15 sifre"),
        bad("phone number with letters", f -> f.put("contactPhone", "tlf 9123 4567"),
            "Kontaktpersonens telefon (contactPhone): må være et telefonnummer med 8 til 15 sifre"),
        bad("no members", f -> f.put("members", List.of()), "Medlemmer (members): minst ett medlem må føres opp"),
        bad("members as a text", f -> f.put("members", "alle bedriftene"),
            "Medlemmer (members): må være en liste over medlemmer"),
        bad("member without a name", f -> changeMember(f, 0, "name", ""), "Medlem 1: navn (members[0].name): må fylles ut"),
        bad("member with a wrong organisation number", f -> changeMember(f, 1, "orgNumber", "123456789"),
            "Medlem 2: organisasjonsnummer (members[1].orgNumber): kontrollsifferet stemmer ikke"),
        bad("member of an unknown kind", f -> changeMember(f, 2, "actorKind", "ROYALTY"),
            "Medlem 3: type aktør (members[2].actorKind): må være næringsliv, kunnskapsmiljø, offentlig utviklingsaktør eller kapitalaktør"),
        bad("duplicate member", f -> changeMember(f, 3, "orgNumber", orgNumber(1001)),
            "Medlem 4: organisasjonsnummer (members[3].orgNumber): organisasjonen er allerede oppført som medlem 2"),
        bad("member that is not an object", f -> f.put("members", List.of("Ålesund Havbruk AS")),
            "Medlem 1 (members[0]): må ha navn, organisasjonsnummer og type aktør"),
        bad("budget as a text", f -> f.put("budgetPerYear", "fire millioner"),
            "Budsjett per år (budgetPerYear): må være et tall (hele kroner)"),
        bad("negative budget", f -> f.put("budgetPerYear", -1), "Budsjett per år (budgetPerYear): kan ikke være negativt"),
        bad("zero budget", f -> f.put("budgetPerYear", 0), "Budsjett per år (budgetPerYear): må være større enn null"),
        bad("amount with øre", f -> f.put("amountApplied", 1999999.5), "Omsøkt beløp per år (amountApplied): må være hele kroner"),
        bad("amount above the budget", f -> f.put("amountApplied", 4_000_001),
            "Omsøkt beløp per år (amountApplied): kan ikke være større enn budsjettet per år"),
        bad("own financing of 20 billion", f -> f.put("ownFinancing", 20_000_000_000L),
            "Egenfinansiering per år (ownFinancing): kan ikke være over 10 milliarder kroner"),
        bad("NCE answer as a text", f -> f.put("intendsNce", "ja"),
            "Vil søke NCE-merkevaren senere (intendsNce): må være ja eller nei"),
        bad("an unknown variable", f -> f.put("adminOverride", true),
            "adminOverride (adminOverride): er ikke et felt i skjemaet"),
        bad("another unknown variable", f -> f.put("caseNumber", "NIC-2027-9999"),
            "caseNumber (caseNumber): er ikke et felt i skjemaet"),
        bad("several broken rules at once", f -> {
          f.remove("contactName");
          f.put("applicantOrgNumber", "000000001");
        }, "Kontaktpersonens navn (contactName): må fylles ut"),
        bad("member list with a member without kind", f -> changeMember(f, 0, "actorKind", null),
            "Medlem 1: type aktør (members[0].actorKind): må velges"),
        bad("HTML does not make an invalid e-mail valid", f -> f.put("contactEmail", "<b>x</b>"),
            "Kontaktpersonens e-post (contactEmail): må være en gyldig e-postadresse"),
        bad("Norwegian letters in an organisation number", f -> f.put("applicantOrgNumber", "97476067Ø"),
            "Søkerorganisasjonens organisasjonsnummer (applicantOrgNumber): kan bare inneholde sifre"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void throughRest(String description, Consumer<Map<String, Object>> change, String message) {
    Map<String, Object> form = validForm(1);
    change.accept(form);
    var response = http.postJson("/engine-rest/process-definition/key/ClusterApplication/submit-form",
        RestVariables.body(form), "Authorization", Http.basic(APPLICANT, PASSWORD));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains(message).doesNotContain("at no.klyngeprogrammet", "at org.");
    assertNothingStored();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void throughTasklistsStartForm(String description, Consumer<Map<String, Object>> change, String message) {
    Map<String, Object> form = validForm(1);
    change.accept(form);
    String xsrf = loginToTasklist();
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("ClusterApplication")
        .singleResult().getId();

    var response = http.postJson("/camunda/api/engine/engine/default/process-definition/" + definitionId
        + "/submit-form", RestVariables.body(form), "X-XSRF-TOKEN", xsrf);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains(message).doesNotContain("at no.klyngeprogrammet", "at org.");
    assertNothingStored();
  }

  @org.junit.jupiter.api.Test
  void malformedJsonAndUnknownTypesAreRefusedWithoutStoringAnything() {
    String auth = Http.basic(APPLICANT, PASSWORD);
    String path = "/engine-rest/process-definition/key/ClusterApplication/submit-form";

    var malformed = http.postJson(path, "{\"variables\": {\"clusterName\": ", "Authorization", auth);
    var wrongType = http.postJson(path, "{\"variables\": {\"budgetPerYear\": {\"value\": \"abc\", \"type\": \"Integer\"}}}",
        "Authorization", auth);
    var unknownType = http.postJson(path, "{\"variables\": {\"clusterName\": {\"value\": \"x\", \"type\": \"Banana\"}}}",
        "Authorization", auth);

    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(wrongType.statusCode()).isEqualTo(400);
    assertThat(wrongType.body()).contains("Budsjett per år (kr) (budgetPerYear): må være et tall")
        .doesNotContain("java.lang");
    assertThat(unknownType.statusCode()).isEqualTo(400);
    assertThat(unknownType.body()).contains("Banana");
    for (var response : List.of(malformed, wrongType, unknownType)) {
      assertThat(response.body()).doesNotContain("at org.", "at no.klyngeprogrammet");
    }
    assertNothingStored();
  }

  private String loginToTasklist() {
    http.loginToTasklist(APPLICANT, PASSWORD);
    return http.cookie("XSRF-TOKEN");
  }

  private void assertNothingStored() {
    assertThat(count("select count(*) from application_case")).isZero();
    assertThat(count("select count(*) from application_version")).isZero();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("ClusterApplication").count()).isZero();
  }
}
