package no.klyngeprogrammet.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a Camunda Form (form-js schema) lets its user send: the top-level keys, each with its kind
 * of value, whether it is shown read-only, and the validation the browser applies. The server
 * holds every submission to the same schema, since REST bypasses the browser.
 */
public final class FormSchema {

  /** Components that show something but hold no value. */
  static final Set<String> WITHOUT_VALUE = Set.of("text", "button", "spacer", "separator", "image", "html",
      "iframe", "table", "documentPreview");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String id;
  private final Map<String, FormField> fields;

  private FormSchema(String id, Map<String, FormField> fields) {
    this.id = id;
    this.fields = Collections.unmodifiableMap(fields);
  }

  public static FormSchema read(InputStream form) throws IOException {
    return parse(JSON.readTree(form));
  }

  public static FormSchema parse(JsonNode form) {
    Map<String, FormField> fields = new LinkedHashMap<>();
    collect(form.path("components"), false, fields);
    return new FormSchema(form.path("id").asText(), fields);
  }

  public String id() {
    return id;
  }

  public Optional<FormField> field(String key) {
    return Optional.ofNullable(fields.get(key));
  }

  public List<FormField> fields() {
    return new ArrayList<>(fields.values());
  }

  /**
   * Groups without a path are only layout: their fields are top-level keys. A group or list with a
   * path holds its fields under that path, so the path is the key.
   */
  private static void collect(JsonNode components, boolean conditionalAbove, Map<String, FormField> fields) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      boolean conditional = conditionalAbove || component.has("conditional");
      if (WITHOUT_VALUE.contains(type)) {
        continue;
      }
      if (type.equals("group") && !component.hasNonNull("path")) {
        collect(component.path("components"), conditional, fields);
        continue;
      }
      String key = component.hasNonNull("key") ? component.get("key").asText() : component.path("path").asText(null);
      if (key == null) {
        throw new IllegalArgumentException("Form component " + component.path("id").asText() + " of type '" + type
            + "' has neither key nor path");
      }
      boolean readOnly = readOnly(component)
          || (type.equals("group") && everyValueReadOnly(component.path("components")));
      if (fields.put(key, new FormField(key, component.path("label").asText(key), FieldKind.of(type),
          readOnly, conditional, Validation.of(component.path("validate")))) != null) {
        throw new IllegalArgumentException("Form key or path '" + key + "' is used twice");
      }
    }
  }

  /** A group with a path is shown only when everything it holds is, so it may only come back unchanged. */
  private static boolean everyValueReadOnly(JsonNode components) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      if (WITHOUT_VALUE.contains(type)) {
        continue;
      }
      boolean readOnly = readOnly(component)
          || (type.equals("group") && everyValueReadOnly(component.path("components")));
      if (!readOnly) {
        return false;
      }
    }
    return true;
  }

  /** form-js also takes an expression for readonly; whatever it evaluates to, the server treats it as shown only. */
  private static boolean readOnly(JsonNode component) {
    JsonNode readonly = component.path("readonly");
    boolean flagged = !readonly.isMissingNode() && !readonly.isNull() && !(readonly.isBoolean() && !readonly.asBoolean());
    return flagged || component.path("disabled").asBoolean(false) || component.path("type").asText().equals("expression");
  }
}
