package no.klyngeprogrammet.form;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import no.klyngeprogrammet.validation.FieldError;
import no.klyngeprogrammet.validation.Texts;

/**
 * The server's reading of a submitted form, before the engine stores anything: only the keys the
 * form lets its user edit are taken, each with its kind of value and the form's own limits. A key
 * the form shows read-only may come back unchanged (form-js sends it as shown) and is then dropped;
 * a changed read-only value or a key the form does not have is refused, naming it.
 *
 * <p>Values arrive as the engine's REST API carries them: {@code {"value": ..., "type": ...}}.
 */
public final class FormSubmission {

  public static final String REFUSED = "Skjemaet ble ikke sendt inn. Rett opp følgende:";
  public static final String NOT_A_FIELD = "er ikke et felt i skjemaet";
  public static final String READ_ONLY = "vises bare i skjemaet og kan ikke endres";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> NUMBER_TYPES = Set.of("integer", "long", "short", "double");

  /**
   * @param accepted the variables to hand on to the engine, each as it arrived
   * @param errors what was refused, field by field; empty when the submission may go on
   */
  public record Result(ObjectNode accepted, List<FieldError> errors) {
    public boolean refused() {
      return !errors.isEmpty();
    }
  }

  private FormSubmission() {}

  /**
   * A task form: read-only keys unchanged, no unknown key, and every editable value of its field's
   * kind within the form's limits.
   *
   * @param variables the submission's {@code variables} object
   * @param current the case's value of a key, as {@link #comparable(Object)} gives it
   */
  public static Result checkTask(FormSchema form, ObjectNode variables, Function<String, Object> current) {
    return check(form, variables, current, Set.of(), true);
  }

  /**
   * A start form: no unknown key, and every value readable as the type it claims (JSON that parses,
   * a number that is one). What the values must be is the start's own server rules to check (every
   * start form has them, in words that name the programme's rules), so that they hold on every
   * channel, the public page included.
   *
   * @param engineKeys keys the engine itself sets, such as a start event's initiator, let through as they are
   */
  public static Result checkStart(FormSchema form, ObjectNode variables, Set<String> engineKeys) {
    return check(form, variables, key -> null, engineKeys, false);
  }

  static Result check(FormSchema form, ObjectNode variables, Function<String, Object> current,
      Set<String> engineKeys, boolean valueRules) {
    ObjectNode accepted = JSON.createObjectNode();
    List<FieldError> errors = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> entry = it.next();
      String key = entry.getKey();
      if (engineKeys.contains(key)) {
        accepted.set(key, entry.getValue());
        continue;
      }
      var field = form.field(key);
      if (field.isEmpty()) {
        errors.add(new FieldError(key, key, NOT_A_FIELD));
        continue;
      }
      if (!valueRules) {
        try {
          plain(entry.getValue());
          accepted.set(key, entry.getValue());
        } catch (IllegalArgumentException unreadable) {
          errors.add(new FieldError(key, field.get().label(), unreadable.getMessage()));
        }
        continue;
      }
      if (field.get().readOnly()) {
        if (!unchanged(entry.getValue(), current.apply(key))) {
          errors.add(new FieldError(key, field.get().label(), READ_ONLY));
        }
        continue;
      }
      Object submitted;
      try {
        submitted = value(field.get(), entry.getValue());
      } catch (IllegalArgumentException wrongKind) {
        errors.add(new FieldError(key, field.get().label(), wrongKind.getMessage()));
        continue;
      }
      String broken = broken(field.get(), submitted);
      if (broken != null) {
        errors.add(new FieldError(key, field.get().label(), broken));
        continue;
      }
      accepted.set(key, entry.getValue());
    }
    for (FormField field : valueRules ? form.fields() : List.<FormField>of()) {
      boolean missing = !variables.has(field.key()) || isBlank(valueOrNull(field, variables.get(field.key())));
      if (missing && field.validation().required() && !field.readOnly() && !field.conditional()
          && errors.stream().noneMatch(e -> e.field().equals(field.key()))) {
        errors.add(new FieldError(field.key(), field.label(), "må fylles ut"));
      }
    }
    return new Result(accepted, errors);
  }

  /**
   * A case's value in the form the comparison uses: text, a decimal number, a boolean or a JSON tree,
   * with empty text the same as no value (form-js sends an empty field as "").
   */
  public static Object comparable(Object value) {
    if (value == null || (value instanceof String text && text.isEmpty())) {
      return null;
    }
    if (value instanceof Number number) {
      return new BigDecimal(number.toString());
    }
    if (value instanceof String || value instanceof Boolean) {
      return value;
    }
    if (value instanceof JsonNode node) {
      if (node.isNull()) {
        return null;
      }
      if (node.isTextual()) {
        return comparable(node.asText());
      }
      if (node.isNumber()) {
        return node.decimalValue();
      }
      return node.isBoolean() ? node.asBoolean() : node;
    }
    // A Spin JSON value prints as its JSON; a Java map or list (a JSON object value, read back) does not.
    try {
      return JSON.readTree(value.toString());
    } catch (JsonProcessingException notJson) {
      try {
        return JSON.readTree(JSON.writeValueAsString(value));
      } catch (JsonProcessingException e) {
        return value.toString();
      }
    }
  }

  private static boolean unchanged(JsonNode sent, Object held) {
    try {
      return same(comparable(plain(sent)), held);
    } catch (IllegalArgumentException unreadable) {
      return false;
    }
  }

  /**
   * Equal as the form shows them: a number shown in a text field may come back as text, and a group's
   * empty field as "" where the case holds no value.
   */
  private static boolean same(Object submitted, Object held) {
    if (submitted instanceof JsonNode sent && held instanceof JsonNode kept
        && sent.isContainerNode() && kept.isContainerNode()) {
      return sameTree(sent, kept);
    }
    if (submitted instanceof BigDecimal || held instanceof BigDecimal) {
      BigDecimal a = decimal(submitted);
      BigDecimal b = decimal(held);
      return a != null && b != null && a.compareTo(b) == 0;
    }
    return Objects.equals(submitted, held);
  }

  private static boolean sameTree(JsonNode submitted, JsonNode held) {
    if (submitted.isObject() && held.isObject()) {
      Set<String> names = new HashSet<>();
      submitted.fieldNames().forEachRemaining(names::add);
      held.fieldNames().forEachRemaining(names::add);
      return names.stream().allMatch(name -> same(comparable(submitted.get(name)), comparable(held.get(name))));
    }
    if (submitted.isArray() && held.isArray() && submitted.size() == held.size()) {
      for (int i = 0; i < submitted.size(); i++) {
        if (!same(comparable(submitted.get(i)), comparable(held.get(i)))) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  private static BigDecimal decimal(Object value) {
    if (value instanceof BigDecimal number) {
      return number;
    }
    try {
      return value instanceof String text ? new BigDecimal(text.strip()) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Object valueOrNull(FormField field, JsonNode dto) {
    try {
      return value(field, dto);
    } catch (IllegalArgumentException e) {
      return "invalid";
    }
  }

  private static boolean isBlank(Object value) {
    return value == null || (value instanceof String text && text.isBlank())
        || (value instanceof JsonNode node && node.isArray() && node.isEmpty());
  }

  /**
   * The value a REST variable carries, as plain JSON: Tasklist sends text, numbers and booleans
   * untyped and lists as their JSON in text, typed Json, or typed Object in the JSON format when
   * the case holds the list that way. Other types (dates, files, bytes, XML, Java objects) are not
   * what any form sends.
   */
  static JsonNode plain(JsonNode dto) {
    if (dto == null || !dto.isObject()) {
      throw new IllegalArgumentException("må sendes som {\"value\": …, \"type\": …}");
    }
    String type = dto.path("type").asText("").toLowerCase();
    JsonNode value = dto.path("value");
    if (value.isMissingNode() || value.isNull() || type.equals("null")) {
      return NullNode.getInstance();
    }
    boolean jsonText = type.equals("json") || (type.equals("object")
        && dto.path("valueInfo").path("serializationDataFormat").asText().startsWith("application/json"));
    if (jsonText && value.isTextual()) {
      try {
        return JSON.readTree(value.asText());
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException("er ikke gyldig JSON");
      }
    }
    String wrong = switch (type) {
      case "", "json" -> null;
      case "string" -> value.isTextual() ? null : "må være tekst";
      case "integer", "long", "short", "double" -> value.isNumber()
          || (value.isTextual() && decimal(value.asText()) != null) ? null : "må være et tall";
      case "boolean" -> value.isBoolean() ? null : "må være ja eller nei (true eller false)";
      default -> "har en type som skjemaet ikke sender (" + dto.path("type").asText() + ")";
    };
    if (wrong != null) {
      throw new IllegalArgumentException(wrong);
    }
    if (value.isTextual() && !Texts.isWellFormed(value.asText())) {
      throw new IllegalArgumentException(Texts.NOT_UNICODE);
    }
    JsonNode plain = value.isTextual() && NUMBER_TYPES.contains(type)
        ? JSON.getNodeFactory().numberNode(decimal(value.asText())) : value;
    String outside = outsideType(type, plain);
    if (outside != null) {
      throw new IllegalArgumentException(outside);
    }
    return plain;
  }

  /**
   * A whole-number type holds what fits in it and no more: the engine would otherwise refuse the
   * value without naming the field.
   */
  private static String outsideType(String type, JsonNode number) {
    if (number.isFloatingPointNumber() && !Double.isFinite(number.doubleValue())) {
      return "er for stort til å leses som et tall";
    }
    long[] range = switch (type) {
      case "integer" -> new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE};
      case "long" -> new long[] {Long.MIN_VALUE, Long.MAX_VALUE};
      case "short" -> new long[] {Short.MIN_VALUE, Short.MAX_VALUE};
      default -> null;
    };
    if (range == null || !number.isNumber()) {
      return null;
    }
    BigDecimal value = number.decimalValue();
    boolean whole = value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    if (!whole || value.compareTo(BigDecimal.valueOf(range[0])) < 0 || value.compareTo(BigDecimal.valueOf(range[1])) > 0) {
      NumberFormat grouped = NumberFormat.getIntegerInstance(Locale.forLanguageTag("nb-NO"));
      return "må være et helt tall fra " + grouped.format(range[0]) + " til " + grouped.format(range[1])
          + " (typen " + Character.toUpperCase(type.charAt(0)) + type.substring(1) + ")";
    }
    return null;
  }

  /** The submitted value of an editable field in comparable form, or a refusal in words when it is not the field's kind. */
  static Object value(FormField field, JsonNode dto) {
    JsonNode value = plain(dto);
    if (value.isNull()) {
      return null;
    }
    return switch (field.kind()) {
      case TEXT -> {
        if (!value.isTextual()) {
          throw new IllegalArgumentException("må være tekst");
        }
        yield comparable(value.asText());
      }
      case NUMBER -> {
        if (!value.isNumber()) {
          throw new IllegalArgumentException("må være et tall");
        }
        yield value.decimalValue();
      }
      case BOOLEAN -> {
        if (!value.isBoolean()) {
          throw new IllegalArgumentException("må være ja eller nei (true eller false)");
        }
        yield value.asBoolean();
      }
      case TEXT_LIST, OBJECT_LIST, OBJECT -> structured(field.kind(), value);
    };
  }

  private static JsonNode structured(FieldKind kind, JsonNode tree) {
    boolean fits = switch (kind) {
      case TEXT_LIST -> tree.isArray() && allMatch(tree, JsonNode::isTextual);
      case OBJECT_LIST -> tree.isArray() && allMatch(tree, JsonNode::isObject);
      default -> tree.isObject();
    };
    if (!fits) {
      throw new IllegalArgumentException(switch (kind) {
        case TEXT_LIST -> "må være en liste med tekster";
        case OBJECT_LIST -> "må være en liste med rader";
        default -> "må være et JSON-objekt";
      });
    }
    return tree;
  }

  private static boolean allMatch(JsonNode array, java.util.function.Predicate<JsonNode> test) {
    for (JsonNode element : array) {
      if (!test.test(element)) {
        return false;
      }
    }
    return true;
  }

  /** The form's own limits on an editable value, in the words the forms' other messages use. */
  private static String broken(FormField field, Object value) {
    Validation rules = field.validation();
    if (value instanceof String text) {
      if (rules.maxLength() != null && text.length() > rules.maxLength()) {
        return "kan ha høyst " + rules.maxLength() + " tegn, men har " + text.length();
      }
      if (rules.minLength() != null && text.strip().length() < rules.minLength()) {
        return "må ha minst " + rules.minLength() + " tegn";
      }
    }
    if (value instanceof BigDecimal number) {
      if (rules.min() != null && number.compareTo(rules.min()) < 0) {
        return "kan ikke være mindre enn " + rules.min().toPlainString();
      }
      if (rules.max() != null && number.compareTo(rules.max()) > 0) {
        return "kan ikke være større enn " + rules.max().toPlainString();
      }
    }
    return null;
  }
}
