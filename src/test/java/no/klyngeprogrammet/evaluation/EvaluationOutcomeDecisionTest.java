package no.klyngeprogrammet.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The decision table in processes/EvaluationOutcome.dmn, evaluated on its own. */
class EvaluationOutcomeDecisionTest {

  static DmnEngine engine;
  static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream model = EvaluationOutcomeDecisionTest.class.getResourceAsStream("/processes/EvaluationOutcome.dmn")) {
      decision = engine.parseDecision("EvaluationOutcome", model);
    }
  }

  static Map<String, Object> facts(boolean meetsRequirements, String development, boolean periodEnding, String level,
      int yearsInProgramme, boolean midTermReview) {
    return Map.of(
        EvaluationVariables.MEETS_REQUIREMENTS, meetsRequirements,
        EvaluationVariables.DEVELOPMENT, development,
        EvaluationVariables.PERIOD_ENDING, periodEnding,
        EvaluationVariables.LEVEL, level,
        EvaluationVariables.YEARS_IN_PROGRAMME, yearsInProgramme,
        EvaluationVariables.MID_TERM_REVIEW, midTermReview);
  }

  static List<Arguments> outcomes() {
    return List.of(
        // 1. no longer meets the requirements: ends, whatever else holds
        Arguments.of("krav ikke oppfylt", facts(false, "YES", false, "ARENA_PRO", 2, false), Outcome.END),
        Arguments.of("krav ikke oppfylt ved periodens slutt", facts(false, "YES", true, "ARENA", 3, false), Outcome.END),
        Arguments.of("krav ikke oppfylt ved midtveisevaluering", facts(false, "YES", false, "GCE", 5, true), Outcome.END),
        // 2. no development in line with strategy and goals: ends
        Arguments.of("ingen utvikling", facts(true, "NO", false, "ARENA", 2, false), Outcome.END),
        Arguments.of("ingen utvikling ved periodens slutt", facts(true, "NO", true, "ARENA_PRO", 5, false), Outcome.END),
        Arguments.of("ingen utvikling ved midtveisevaluering", facts(true, "NO", false, "GCE", 5, true), Outcome.END),
        // 3. an Arena at the end of its period, under 5 years in the programme, developing: extended
        Arguments.of("Arena etter 3 år", facts(true, "YES", true, "ARENA", 3, false), Outcome.EXTEND),
        Arguments.of("Arena etter 4 år", facts(true, "YES", true, "ARENA", 4, false), Outcome.EXTEND),
        // 4. Arena (5 years) or Arena Pro at the end of the period, developing: invited to the next level
        Arguments.of("Arena etter 5 år", facts(true, "YES", true, "ARENA", 5, false), Outcome.INVITE_NEXT_LEVEL),
        Arguments.of("Arena Pro ved periodens slutt", facts(true, "YES", true, "ARENA_PRO", 5, false),
            Outcome.INVITE_NEXT_LEVEL),
        // 5. any other end of period: completed
        Arguments.of("GCE ved periodens slutt", facts(true, "YES", true, "GCE", 10, false), Outcome.COMPLETE),
        Arguments.of("Arena med delvis utvikling ved periodens slutt", facts(true, "PARTLY", true, "ARENA", 3, false),
            Outcome.COMPLETE),
        Arguments.of("Arena Pro med delvis utvikling ved periodens slutt",
            facts(true, "PARTLY", true, "ARENA_PRO", 5, false), Outcome.COMPLETE),
        // 6. partly developing during the period: continues with conditions
        Arguments.of("delvis utvikling", facts(true, "PARTLY", false, "ARENA", 2, false),
            Outcome.CONTINUE_WITH_CONDITIONS),
        Arguments.of("delvis utvikling ved midtveisevaluering", facts(true, "PARTLY", false, "GCE", 5, true),
            Outcome.CONTINUE_WITH_CONDITIONS),
        // 7. otherwise: continues
        Arguments.of("utvikling som planlagt", facts(true, "YES", false, "ARENA_PRO", 3, false), Outcome.CONTINUE),
        Arguments.of("Arena i år 4 uten at perioden slutter", facts(true, "YES", false, "ARENA", 4, false),
            Outcome.CONTINUE),
        Arguments.of("GCE med utvikling ved midtveisevaluering", facts(true, "YES", false, "GCE", 5, true),
            Outcome.CONTINUE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void outcomes(String situation, Map<String, Object> facts, Outcome expected) {
    Object outcome = engine.evaluateDecisionTable(decision, facts).getSingleResult().getSingleEntry();
    assertThat(outcome).isEqualTo(expected.name());
  }
}
