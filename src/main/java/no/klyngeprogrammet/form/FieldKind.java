package no.klyngeprogrammet.form;

import java.util.Map;

/** The kind of value a form-js component sends. */
public enum FieldKind {
  TEXT, NUMBER, BOOLEAN, TEXT_LIST, OBJECT_LIST, OBJECT;

  private static final Map<String, FieldKind> BY_COMPONENT = Map.ofEntries(
      Map.entry("textfield", TEXT), Map.entry("textarea", TEXT), Map.entry("select", TEXT),
      Map.entry("radio", TEXT), Map.entry("datetime", TEXT), Map.entry("expression", TEXT),
      Map.entry("number", NUMBER), Map.entry("checkbox", BOOLEAN),
      Map.entry("checklist", TEXT_LIST), Map.entry("taglist", TEXT_LIST),
      Map.entry("dynamiclist", OBJECT_LIST), Map.entry("group", OBJECT));

  /**
   * A component this server does not know is refused when the form is read, so a new kind of field
   * cannot slip past the checks unnoticed.
   */
  public static FieldKind of(String componentType) {
    FieldKind kind = BY_COMPONENT.get(componentType);
    if (kind == null) {
      throw new IllegalArgumentException("Unknown form component type '" + componentType
          + "': teach FieldKind what value it sends before using it in a form");
    }
    return kind;
  }
}
