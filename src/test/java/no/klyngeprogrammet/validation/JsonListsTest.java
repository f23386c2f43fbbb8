package no.klyngeprogrammet.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;

class JsonListsTest {

  private static final List<Map<String, String>> MEMBERS = List.of(
      Map.of("name", "Blåbær AS", "orgNumber", "923609016"));

  @Test
  void storedJsonWithTheSameContentIsTheSameWhateverItsKeysOrderAndSpacing() {
    var stored = SpinValues.jsonValue("[ {\"orgNumber\": \"923609016\",\n \"name\": \"Blåbær AS\"} ]").create();

    assertThat(JsonLists.sameJson(stored, JsonLists.json(MEMBERS))).isTrue();
  }

  @Test
  void otherContentOrAnotherKindOfValueIsNotTheSame() {
    assertThat(JsonLists.sameJson(SpinValues.jsonValue("[{\"name\": \"Blåbær AS\", \"orgNumber\": \"923 609 016\"}]")
        .create(), JsonLists.json(MEMBERS))).as("a normalised member").isFalse();
    assertThat(JsonLists.sameJson(Variables.stringValue("[{\"name\": \"Blåbær AS\", \"orgNumber\": \"923609016\"}]"),
        JsonLists.json(MEMBERS))).as("the same text as a string variable, which is to become JSON").isFalse();
    assertThat(JsonLists.sameJson(Variables.serializedObjectValue("[{\"name\": \"Blåbær AS\", \"orgNumber\": \"923609016\"}]")
        .serializationDataFormat("application/json").objectTypeName("java.util.ArrayList").create(), JsonLists.json(MEMBERS)))
        .as("a Java list stored as JSON text, which is to become a JSON value").isFalse();
    assertThat(JsonLists.sameJson(SpinValues.jsonValue("[{").create(), JsonLists.json(MEMBERS))).isFalse();
    assertThat(JsonLists.sameJson(null, JsonLists.json(MEMBERS))).isFalse();
  }
}
