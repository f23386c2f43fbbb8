package no.klyngeprogrammet.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationNumberTest {

  private static final String WRONG_CHECK_DIGIT =
      "kontrollsifferet stemmer ikke (modulus 11); sjekk at nummeret er skrevet riktig";

  @ParameterizedTest
  @ValueSource(strings = {"974760673", "923609016", "983887457", "971524960"})
  void acceptsRealOrganisationNumbers(String number) {
    assertThat(OrganisationNumber.problem(number)).isEmpty();
    assertThat(OrganisationNumber.isValid(number)).isTrue();
  }

  @Test
  void acceptsCheckDigitZeroWhenTheRemainderIsZero() {
    assertThat(OrganisationNumber.isValid("971524960")).isTrue();
    assertThat(OrganisationNumber.isValid("971524961")).isFalse();
  }

  static Stream<String> realNumbersWithEveryOtherCheckDigit() {
    return Stream.of("974760673", "923609016", "983887457", "971524960")
        .flatMap(valid -> IntStream.rangeClosed(0, 9)
            .mapToObj(digit -> valid.substring(0, 8) + digit)
            .filter(candidate -> !candidate.equals(valid)));
  }

  @ParameterizedTest
  @MethodSource("realNumbersWithEveryOtherCheckDigit")
  void rejectsWrongCheckDigit(String number) {
    assertThat(OrganisationNumber.problem(number)).contains(WRONG_CHECK_DIGIT);
    assertThat(OrganisationNumber.isValid(number)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
  void rejectsEveryNumberWhoseCheckDigitWouldBeTen(int lastDigit) {
    String number = "40000000" + lastDigit;

    assertThat(OrganisationNumber.problem(number)).contains(WRONG_CHECK_DIGIT);
  }

  @Test
  void rejectsTooShortNumberSayingHowManyDigitsItHas() {
    assertThat(OrganisationNumber.problem("97476067")).contains("må ha nøyaktig 9 sifre, men har 8");
  }

  @Test
  void rejectsTooLongNumberSayingHowManyDigitsItHas() {
    assertThat(OrganisationNumber.problem("9747606730")).contains("må ha nøyaktig 9 sifre, men har 10");
  }

  @Test
  void countsDigitsAfterRemovingSpaces() {
    assertThat(OrganisationNumber.problem("974 760 67")).contains("må ha nøyaktig 9 sifre, men har 8");
  }

  @ParameterizedTest
  @ValueSource(strings = {"97476O673", "NO974760673", "974-760-673", "974.760.673", "-97476067", "974760673MVA",
      "\u0669\u0667\u0664\u0667\u0666\u0660\u0666\u0667\u0663", "974\t760\t673"})
  void rejectsAnythingButDigits(String number) {
    assertThat(OrganisationNumber.problem(number)).contains("kan bare inneholde sifre");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", " ", "   ", "\u00a0"})
  void requiresANumber(String number) {
    assertThat(OrganisationNumber.problem(number)).contains("må fylles ut");
    assertThat(OrganisationNumber.isValid(number)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"974 760 673", " 974760673 ", "97 47 60 673", "974\u00a0760\u00a0673"})
  void acceptsSpacesBetweenGroupsOfDigits(String number) {
    assertThat(OrganisationNumber.problem(number)).isEmpty();
  }

  @Test
  void normaliseRemovesOrdinaryAndNonBreakingSpaces() {
    assertThat(OrganisationNumber.normalise("974 760\u00a0673")).isEqualTo("974760673");
  }

  @Test
  void normaliseTurnsNullIntoEmptyText() {
    assertThat(OrganisationNumber.normalise(null)).isEmpty();
  }
}
