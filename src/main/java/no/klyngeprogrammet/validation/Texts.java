package no.klyngeprogrammet.validation;

/** Rules for any text a user types, wherever it arrives. */
public final class Texts {

  /**
   * JSON may carry half of a surrogate pair ({@code "\ud800"}); stored, it turns into "?" in every
   * letter and page.
   */
  public static final String NOT_UNICODE = "inneholder tegn som ikke er gyldig Unicode";

  private Texts() {}

  public static boolean isWellFormed(String text) {
    return text.codePoints().noneMatch(c -> Character.getType(c) == Character.SURROGATE);
  }
}
