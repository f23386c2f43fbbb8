package no.klyngeprogrammet.form;

/**
 * One key of a form.
 *
 * @param readOnly shown but not editable: the value the case holds may come back, nothing else
 * @param conditional shown only when a condition holds, so the browser does not require it always
 */
public record FormField(String key, String label, FieldKind kind, boolean readOnly, boolean conditional,
    Validation validation) {}
