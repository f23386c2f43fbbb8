package no.klyngeprogrammet.form;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/**
 * The browser's validation of one field, as the form declares it. Patterns are left to each form's
 * own server rules, which check more than a pattern can (an organisation number's check digit, an
 * e-mail domain) and say so in better words.
 */
public record Validation(boolean required, BigDecimal min, BigDecimal max, Integer minLength, Integer maxLength) {

  static Validation of(JsonNode validate) {
    return new Validation(validate.path("required").asBoolean(false), decimal(validate.path("min")),
        decimal(validate.path("max")), whole(validate.path("minLength")), whole(validate.path("maxLength")));
  }

  private static BigDecimal decimal(JsonNode node) {
    return node.isNumber() ? node.decimalValue() : null;
  }

  private static Integer whole(JsonNode node) {
    return node.isNumber() ? node.intValue() : null;
  }
}
