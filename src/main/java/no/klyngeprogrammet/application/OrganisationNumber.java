package no.klyngeprogrammet.application;

import java.util.Optional;

/**
 * Norwegian organisation numbers: nine digits, the last a modulus 11 check digit over the first
 * eight with weights 3 2 7 6 5 4 3 2.
 */
public final class OrganisationNumber {

  private static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

  private OrganisationNumber() {}

  /** Spaces people type between groups of digits are ignored. */
  public static String normalise(String input) {
    return input == null ? "" : input.replace(" ", "").replace("\u00a0", "");
  }

  /** Why the number is not valid, in words a user can act on; empty when it is valid. */
  public static Optional<String> problem(String input) {
    String number = normalise(input);
    if (number.isEmpty()) {
      return Optional.of("må fylles ut");
    }
    if (!number.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.of("kan bare inneholde sifre");
    }
    if (number.length() != 9) {
      return Optional.of("må ha nøyaktig 9 sifre, men har " + number.length());
    }
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += (number.charAt(i) - '0') * WEIGHTS[i];
    }
    int check = 11 - sum % 11;
    if (check == 11) {
      check = 0;
    }
    if (check == 10 || check != number.charAt(8) - '0') {
      return Optional.of("kontrollsifferet stemmer ikke (modulus 11); sjekk at nummeret er skrevet riktig");
    }
    return Optional.empty();
  }

  public static boolean isValid(String input) {
    return problem(input).isEmpty();
  }
}
