package no.klyngeprogrammet.formal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The decision table in processes/RegisteredActorKind.dmn, evaluated on its own. */
class RegisteredActorKindDecisionTest {

  static DmnEngine engine;
  static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream model = RegisteredActorKindDecisionTest.class.getResourceAsStream("/processes/RegisteredActorKind.dmn")) {
      decision = engine.parseDecision("RegisteredActorKind", model);
    }
  }

  @ParameterizedTest(name = "{0} in sector {1}: {2}")
  @CsvSource(delimiter = ';', value = {
      "AS;2100;INDUSTRY CAPITAL",
      "ASA;2100;INDUSTRY CAPITAL",
      "ENK;8200;INDUSTRY",
      "AS;1510;INDUSTRY CAPITAL PUBLIC",
      "KOMM;6500;PUBLIC",
      "FYLK;6500;PUBLIC",
      "ORGL;6100;PUBLIC KNOWLEDGE",
      "STI;7000;KNOWLEDGE",
      "SA;4900;INDUSTRY CAPITAL",
      "FLI;7000;''",
  })
  void theKindsOfActorAnOrganisationFormAndSectorAllow(String orgForm, String sector, String kinds) {
    var result = engine.evaluateDecisionTable(decision, Map.of("orgForm", orgForm, "sectorCode", sector));
    assertThat(String.join(" ", result.<String>collectEntries("actorKind").stream().distinct().toList())).isEqualTo(kinds);
  }
}
