package no.klyngeprogrammet.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.klyngeprogrammet.validation.ValidationException;
import org.junit.jupiter.api.Test;

/** The rules of the form that starts an evaluation round, without an engine. */
class RoundRequestFormTest {

  static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
  final EvaluationSchedule schedule = new EvaluationSchedule(new EvaluationProperties(MonthDay.of(1, 15),
      LocalTime.of(8, 0), MonthDay.of(3, 1), LocalTime.of(12, 0), Period.ofDays(14), Period.ofDays(7), 10, 5, 5), OSLO);

  static Instant oslo(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(OSLO).toInstant();
  }

  RoundRequest parse(Map<String, Object> form, String now, Optional<Integer> latest, Set<Integer> taken) {
    return RoundRequestForm.parse(form, oslo(now), latest, taken::contains, schedule, OSLO, "admin");
  }

  @Test
  void emptyFieldsGiveTheRoundTheCalendarOpensNextWithItsConfiguredDueDate() {
    assertThat(parse(Map.of(), "2026-11-28T10:00", Optional.empty(), Set.of()))
        .isEqualTo(new RoundRequest(2027, oslo("2027-03-01T12:00"), "admin"));
    assertThat(parse(Map.of(), "2027-01-10T10:00", Optional.empty(), Set.of()).year())
        .as("before this year's opening date").isEqualTo(2027);
  }

  @Test
  void anEmptyYearWhoseRoundIsStartedIsRefusedAndNeverOpensTheYearAfter() {
    assertThatThrownBy(() -> parse(Map.of(), "2026-11-28T10:00", Optional.of(2027), Set.of(2027)))
        .hasMessageContaining("Evalueringsår (roundYear): det er allerede startet en evalueringsrunde for 2027")
        .hasMessageContaining("oppgi året for å starte en senere runde");
    assertThat(parse(Map.of("roundYear", 2028), "2026-11-28T10:00", Optional.of(2027), Set.of(2027)).year())
        .as("a later round by its year").isEqualTo(2028);
  }

  @Test
  void aYearThatHasPassedIsRefused() {
    assertThatThrownBy(() -> parse(Map.of("roundYear", 2025), "2026-11-28T10:00", Optional.empty(), Set.of()))
        .hasMessageContaining("Evalueringsår (roundYear): kan ikke være tidligere enn 2026");
    assertThatThrownBy(() -> parse(Map.of("roundYear", -5), "2026-11-28T10:00", Optional.empty(), Set.of()))
        .hasMessageContaining("Evalueringsår (roundYear): kan ikke være tidligere enn 2026");
    assertThatThrownBy(() -> parse(Map.of("roundYear", 4_294_969_323L), "2026-11-28T10:00", Optional.empty(), Set.of()))
        .as("not read as 2027 once cut to an int").hasMessageContaining("kan ikke være senere enn 2027");
    assertThat(parse(Map.of("roundYear", 2026, "reportDueLocal", "2026-12-20T12:00"), "2026-11-28T10:00",
        Optional.empty(), Set.of()).year()).as("this year's round, started late").isEqualTo(2026);
  }

  @Test
  void aRoundMayBeStartedAtMostOneYearAheadOfThisYearOrTheLatestRound() {
    assertThat(parse(Map.of("roundYear", 2027), "2026-11-28T10:00", Optional.empty(), Set.of()).year()).isEqualTo(2027);
    assertThatThrownBy(() -> parse(Map.of("roundYear", 2028), "2026-11-28T10:00", Optional.empty(), Set.of()))
        .hasMessageContaining("Evalueringsår (roundYear): kan ikke være senere enn 2027");
    assertThat(parse(Map.of("roundYear", 2028), "2026-11-28T10:00", Optional.of(2027), Set.of(2027)).year())
        .isEqualTo(2028);
    assertThatThrownBy(() -> parse(Map.of("roundYear", 2030), "2026-11-28T10:00", Optional.of(2027), Set.of(2027)))
        .hasMessageContaining("kan ikke være senere enn 2028");
  }

  @Test
  void aYearWithARoundADueDateThatHasPassedAndWrongTypesAreRefusedTogether() {
    assertThatThrownBy(() -> parse(Map.of("roundYear", 2027, "reportDueLocal", "2026-11-28T09:45"),
        "2026-11-28T10:00", Optional.of(2027), Set.of(2027)))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("Evalueringsrunden ble ikke startet. Rett opp følgende:")
        .hasMessageContaining("Evalueringsår (roundYear): det er allerede startet en evalueringsrunde for 2027")
        .hasMessageContaining("Frist for årsrapporten (reportDueLocal): fristen 28. november 2026 kl. 09:45 har "
            + "allerede gått ut");
    assertThatThrownBy(() -> parse(Map.of("roundYear", 2027.5, "reportDueLocal", "neste uke"), "2026-11-28T10:00",
        Optional.empty(), Set.of()))
        .hasMessageContaining("Evalueringsår (roundYear): må være et årstall")
        .hasMessageContaining("Frist for årsrapporten (reportDueLocal): må være dato og klokkeslett");
  }
}
