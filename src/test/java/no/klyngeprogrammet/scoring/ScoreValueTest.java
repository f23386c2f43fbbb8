package no.klyngeprogrammet.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScoreValueTest {

  static Stream<Arguments> validScores() {
    return Stream.of(
        Arguments.of(0, "0.0"),
        Arguments.of(5, "5.0"),
        Arguments.of(3L, "3.0"),
        Arguments.of(0.5, "0.5"),
        Arguments.of(4.5d, "4.5"),
        Arguments.of(new BigDecimal("3.5"), "3.5"),
        Arguments.of(new BigDecimal("3.50"), "3.5"),
        Arguments.of(new BigDecimal("4"), "4.0"),
        Arguments.of(BigInteger.TWO, "2.0"),
        Arguments.of("3.5", "3.5"),
        Arguments.of("3,5", "3.5"),
        Arguments.of(" 2,0 ", "2.0"),
        Arguments.of("5", "5.0"),
        Arguments.of(",5", "0.5"),
        Arguments.of("-0", "0.0"));
  }

  @ParameterizedTest
  @MethodSource("validScores")
  void acceptsHalfPointsFromZeroToFiveAndNormalisesToOneDecimal(Object value, String expected) {
    assertThat(ScoreValue.problem(value)).isEmpty();
    assertThat(ScoreValue.parse(value)).hasToString(expected);
  }

  static Stream<Arguments> invalidScores() {
    return Stream.of(
        Arguments.of(null, "må fylles ut"),
        Arguments.of("", "må fylles ut"),
        Arguments.of("   ", "må fylles ut"),
        Arguments.of("tre", "må være et tall"),
        Arguments.of("3,5 poeng", "må være et tall"),
        Arguments.of("3.5.1", "må være et tall"),
        Arguments.of("5e-1", "må være et tall"),
        Arguments.of(Double.NaN, "må være et tall"),
        Arguments.of(Double.POSITIVE_INFINITY, "må være et tall"),
        Arguments.of(true, "må være et tall"),
        Arguments.of(5.5, "må være mellom 0 og 5"),
        Arguments.of(6, "må være mellom 0 og 5"),
        Arguments.of(-0.5, "må være mellom 0 og 5"),
        Arguments.of("-0,5", "må være mellom 0 og 5"),
        Arguments.of(new BigDecimal("5.01"), "må være mellom 0 og 5"),
        Arguments.of(2.25, "må være i hele eller halve poeng"),
        Arguments.of("3,7", "må være i hele eller halve poeng"),
        Arguments.of(new BigDecimal("4.51"), "må være i hele eller halve poeng"));
  }

  @ParameterizedTest
  @MethodSource("invalidScores")
  void refusesWithAReasonTheUserCanActOn(Object value, String reason) {
    assertThat(ScoreValue.problem(value)).contains(reason);
    assertThatThrownBy(() -> ScoreValue.parse(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(reason);
  }

  @Test
  void checksTheRangeBeforeTheHalfPoints() {
    assertThat(ScoreValue.problem(5.25)).contains("må være mellom 0 og 5");
  }
}
