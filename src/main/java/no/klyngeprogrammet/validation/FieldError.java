package no.klyngeprogrammet.validation;

/**
 * One broken rule: the field's technical name, the label the user sees, and the rule in words.
 */
public record FieldError(String field, String label, String message) {

  public String describe() {
    return label + " (" + field + "): " + message;
  }
}
