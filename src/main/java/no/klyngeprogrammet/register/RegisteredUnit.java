package no.klyngeprogrammet.register;

/**
 * The facts of a main unit (enhet) in Enhetsregisteret that the programme uses. Any of them but
 * the number and name may be missing in the register.
 */
public record RegisteredUnit(
    String orgNumber,
    String name,
    String orgForm,
    String orgFormName,
    String sectorCode,
    String sectorName,
    String naceCode,
    String naceName,
    String municipalityNumber,
    String municipality,
    String countyNumber,
    String county,
    Integer employees) {

  /** "Vestland (46)", or an empty text when the register has no business address in Norway. */
  public String countyText() {
    return county == null ? "" : county;
  }

  /** "62.010 Programmeringstjenester", or an empty text. */
  public String naceText() {
    if (naceCode == null) {
      return "";
    }
    return naceName == null ? naceCode : naceCode + " " + naceName;
  }
}
