package no.klyngeprogrammet.formal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The decision table in processes/FormalRequirements.dmn, evaluated on its own. */
class FormalRequirementsDecisionTest {

  static DmnEngine engine;
  static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream model = FormalRequirementsDecisionTest.class.getResourceAsStream("/processes/FormalRequirements.dmn")) {
      decision = engine.parseDecision("FormalRequirements", model);
    }
  }

  static FormalFacts eligible() {
    return new FormalFacts(true, true, true, true, true, 12, 10, true);
  }

  List<String> deficiencies(FormalFacts facts) {
    return deficiencies(facts, RegisterFindings.NONE);
  }

  List<String> deficiencies(FormalFacts facts, RegisterFindings register) {
    var variables = facts.toVariables();
    variables.putAll(register.toVariables());
    return engine.evaluateDecisionTable(decision, variables).collectEntries("deficiency");
  }

  @Test
  void whatTheRegisterContradictsIsADeficiencyForTheCaseOfficerToWeigh() {
    assertThat(deficiencies(eligible(), new RegisterFindings(2, 1, 3, ""))).containsExactly(
        "Oppgitt type aktør stemmer ikke med Enhetsregisteret for ett eller flere medlemmer (se Kontroll mot Enhetsregisteret).",
        "En eller flere organisasjoner er slettet, konkurs, under avvikling eller ukjente i Enhetsregisteret (se Kontroll mot Enhetsregisteret).",
        "En eller flere organisasjoner er ikke kontrollert mot Enhetsregisteret fordi registeret ikke kunne nås (se Kontroll mot Enhetsregisteret).");
  }

  @Test
  void anApplicationMeetingEveryRequirementHasNoDeficiency() {
    assertThat(deficiencies(eligible())).isEmpty();
  }

  @Test
  void exactlyTheMinimumNumberOfIndustryMembersIsEnough() {
    assertThat(deficiencies(new FormalFacts(true, true, true, true, true, 10, 10, true))).isEmpty();
  }

  static List<Arguments> oneBrokenRequirement() {
    return List.of(
        Arguments.of(new FormalFacts(false, true, true, true, true, 12, 10, true),
            "Klyngen har ingen aktører fra næringslivet."),
        Arguments.of(new FormalFacts(true, false, true, true, true, 12, 10, true),
            "Klyngen har ingen kunnskapsmiljøer (FoU-miljø, universitet eller høyskole)."),
        Arguments.of(new FormalFacts(true, true, false, true, true, 12, 10, true),
            "Klyngen har ingen offentlige utviklingsaktører."),
        Arguments.of(new FormalFacts(true, true, true, false, true, 12, 10, true),
            "Søkerorganisasjonen er ikke oppført som næringslivsaktør i medlemslisten."),
        Arguments.of(new FormalFacts(true, true, true, true, false, 12, 10, true),
            "Næringslivet er ikke i flertall blant medlemmene."),
        Arguments.of(new FormalFacts(true, true, true, true, true, 9, 10, true),
            "Klyngen har 9 medlemmer fra næringslivet, men nivået det søkes om krever minst 10."),
        Arguments.of(new FormalFacts(true, true, true, true, true, 12, 10, false),
            "Søknaden beskriver ikke et strategisk utviklingsprosjekt med forventet effekt."));
  }

  @ParameterizedTest
  @MethodSource
  void oneBrokenRequirement(FormalFacts facts, String deficiency) {
    assertThat(deficiencies(facts)).containsExactly(deficiency);
  }

  @Test
  void everyBrokenRequirementIsListed() {
    assertThat(deficiencies(new FormalFacts(true, false, false, true, false, 3, 30, true))).containsExactlyInAnyOrder(
        "Klyngen har ingen kunnskapsmiljøer (FoU-miljø, universitet eller høyskole).",
        "Klyngen har ingen offentlige utviklingsaktører.",
        "Næringslivet er ikke i flertall blant medlemmene.",
        "Klyngen har 3 medlemmer fra næringslivet, men nivået det søkes om krever minst 30.");
  }

  @Test
  void factsAreDerivedFromTheMemberList() {
    var submission = no.klyngeprogrammet.application.SubmissionValidator.validate(
        no.klyngeprogrammet.support.TestApplications.validForm(1),
        new no.klyngeprogrammet.application.ApplicationProperties(Map.of(no.klyngeprogrammet.call.Level.ARENA, 3_000_000L,
            no.klyngeprogrammet.call.Level.ARENA_PRO, 6_000_000L, no.klyngeprogrammet.call.Level.GCE, 10_000_000L)));
    assertThat(FormalFacts.of(submission, 10)).isEqualTo(new FormalFacts(true, true, true, true, false, 2, 10, true));
    assertThat(FormalFacts.of(submission, 2).toVariables()).containsAllEntriesOf(Map.of(
        "industryMembers", 2, "minimumMembers", 2, "industryMajority", false));
  }
}
