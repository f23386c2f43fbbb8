package no.klyngeprogrammet.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * Lists as forms send them: Tasklist sends a checklist or dynamic list as JSON (a Spin node), REST
 * as a JSON string, Java callers as a collection.
 */
public final class JsonLists {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonLists() {}

  /** The elements, or empty when the value is not a list. */
  public static Optional<List<?>> elements(Object value) {
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof Collection<?> collection) {
      return Optional.of(new ArrayList<>(collection));
    }
    try {
      Object parsed = JSON.readValue(value.toString(), Object.class);
      return parsed instanceof List<?> list ? Optional.of(list) : Optional.empty();
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  /** A list of strings, or empty when the value is not a list of strings. */
  public static Optional<List<String>> strings(Object value) {
    return elements(value).filter(list -> list.stream().allMatch(String.class::isInstance))
        .map(list -> list.stream().map(String.class::cast).toList());
  }

  /**
   * True when a stored variable is a JSON value with the same content as {@code value}, whatever
   * its keys' order or spacing: setting it again would only write another history row. A Java
   * object stored as JSON text is not the same: it is to become the JSON value forms expect.
   */
  public static boolean sameJson(TypedValue stored, JsonValue value) {
    if (!(stored instanceof SerializableValue serialized) || !value.getType().equals(stored.getType())
        || serialized.getValueSerialized() == null) {
      return false;
    }
    try {
      return JSON.readTree(serialized.getValueSerialized()).equals(JSON.readTree(value.getValueSerialized()));
    } catch (JsonProcessingException e) {
      return false;
    }
  }

  /** A value Tasklist hands to a form as a JSON array or object. */
  public static JsonValue json(Object value) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Not writable as JSON: " + value, e);
    }
  }
}
