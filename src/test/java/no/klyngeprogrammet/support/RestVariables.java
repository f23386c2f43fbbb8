package no.klyngeprogrammet.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a form map into the engine REST API's {"variables": {...}} body, lists as Json like Tasklist. */
public final class RestVariables {

  private static final ObjectMapper JSON = new ObjectMapper();

  private RestVariables() {}

  public static String body(Map<String, Object> form) {
    Map<String, Object> variables = new LinkedHashMap<>();
    form.forEach((name, value) -> variables.put(name, typed(value)));
    try {
      return JSON.writeValueAsString(Map.of("variables", variables));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> typed(Object value) {
    try {
      if (value instanceof List<?>) {
        return Map.of("value", JSON.writeValueAsString(value), "type", "Json");
      }
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    String type = value instanceof Integer ? "Integer" : value instanceof Long ? "Long"
        : value instanceof Double ? "Double" : value instanceof Boolean ? "Boolean" : "String";
    return Map.of("value", value, "type", type);
  }
}
