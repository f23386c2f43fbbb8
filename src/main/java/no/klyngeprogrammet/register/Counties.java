package no.klyngeprogrammet.register;

import java.util.Map;

/**
 * Norway's counties by number, as of 2024: the first two digits of a municipality number name its
 * county. The register gives the municipality only.
 */
final class Counties {

  private static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("03", "Oslo"),
      Map.entry("11", "Rogaland"),
      Map.entry("15", "Møre og Romsdal"),
      Map.entry("18", "Nordland"),
      Map.entry("31", "Østfold"),
      Map.entry("32", "Akershus"),
      Map.entry("33", "Buskerud"),
      Map.entry("34", "Innlandet"),
      Map.entry("39", "Vestfold"),
      Map.entry("40", "Telemark"),
      Map.entry("42", "Agder"),
      Map.entry("46", "Vestland"),
      Map.entry("50", "Trøndelag"),
      Map.entry("55", "Troms"),
      Map.entry("56", "Finnmark"));

  private Counties() {}

  static String numberOf(String municipalityNumber) {
    return municipalityNumber != null && municipalityNumber.length() == 4 ? municipalityNumber.substring(0, 2) : null;
  }

  static String nameOf(String countyNumber) {
    return countyNumber == null ? null : NAMES.getOrDefault(countyNumber, "Fylke " + countyNumber);
  }
}
