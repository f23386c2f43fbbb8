package no.klyngeprogrammet.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import no.klyngeprogrammet.validation.FieldError;
import no.klyngeprogrammet.validation.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SpecialCallFormTest {

  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
  private static final Instant NOW = LocalDateTime.of(2027, 1, 10, 9, 0).atZone(OSLO).toInstant();
  private static final String DATE_FORMAT = "må være dato og klokkeslett på formen 2026-09-15T12:00";

  private final CallProperties properties = new CallProperties(MonthDay.of(6, 1), LocalTime.of(8, 0),
      MonthDay.of(9, 15), LocalTime.of(12, 0), Period.ofMonths(1),
      Map.of(Level.ARENA, 1L, Level.ARENA_PRO, 2L, Level.GCE, 3L));
  private final CallCalendar calendar = new CallCalendar(properties, OSLO);

  private OpenCallRequest parse(Map<String, Object> variables) {
    return SpecialCallForm.parse(variables, NOW, calendar, properties, "saksbehandler");
  }

  private static Map<String, Object> form(Object... keysAndValues) {
    Map<String, Object> form = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      form.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return form;
  }

  @Test
  void validDeadlineGivesDefaultsForEverythingElse() {
    OpenCallRequest request = parse(form("deadlineLocal", "2027-03-01T12:00"));

    assertThat(request).isEqualTo(new OpenCallRequest(2027, "Særskilt utlysning 2027",
        Instant.parse("2027-03-01T11:00:00Z"), Instant.parse("2027-04-01T10:00:00Z"),
        Map.of(Level.ARENA, 1L, Level.ARENA_PRO, 2L, Level.GCE, 3L), "saksbehandler"));
  }

  @Test
  void emptyFieldsFallBackToTheDefaults() {
    OpenCallRequest request = parse(form(
        "deadlineLocal", " 2027-03-01T12:00 ",
        "announcementLocal", "",
        "callTitle", "   ",
        "budgetArena", "",
        "budgetArenaPro", " ",
        "budgetGce", null));

    assertThat(request.title()).isEqualTo("Særskilt utlysning 2027");
    assertThat(request.deadline()).isEqualTo(Instant.parse("2027-03-01T11:00:00Z"));
    assertThat(request.announcement()).isEqualTo(Instant.parse("2027-04-01T10:00:00Z"));
    assertThat(request.budgets()).isEqualTo(Map.of(Level.ARENA, 1L, Level.ARENA_PRO, 2L, Level.GCE, 3L));
  }

  @Test
  void yearAndDefaultTitleFollowTheDeadlinesYearInOslo() {
    OpenCallRequest request = parse(form("deadlineLocal", "2028-01-01T00:30"));

    assertThat(request.deadline()).isEqualTo(Instant.parse("2027-12-31T23:30:00Z"));
    assertThat(request.year()).isEqualTo(2028);
    assertThat(request.title()).isEqualTo("Særskilt utlysning 2028");
  }

  @Test
  void usesAnExplicitAnnouncementTitleAndBudgets() {
    OpenCallRequest request = parse(form(
        "deadlineLocal", "2027-03-01T12:00",
        "announcementLocal", "2027-05-20T09:00",
        "callTitle", "  Særskilt utlysning for havbruk  ",
        "budgetArena", 500_000,
        "budgetArenaPro", 0L,
        "budgetGce", 7_500_000.0));

    assertThat(request.announcement()).isEqualTo(Instant.parse("2027-05-20T07:00:00Z"));
    assertThat(request.title()).isEqualTo("Særskilt utlysning for havbruk");
    assertThat(request.budgets())
        .isEqualTo(Map.of(Level.ARENA, 500_000L, Level.ARENA_PRO, 0L, Level.GCE, 7_500_000L));
  }

  @Test
  void acceptsATitleOfExactly200Characters() {
    OpenCallRequest request = parse(form("deadlineLocal", "2027-03-01T12:00", "callTitle", "å".repeat(200)));

    assertThat(request.title()).hasSize(200);
  }

  @Test
  void acceptsADeadlineOneMinuteFromNow() {
    OpenCallRequest request = parse(form("deadlineLocal", "2027-01-10T09:01"));

    assertThat(request.deadline()).isEqualTo(NOW.plusSeconds(60));
  }

  @Test
  void readsADeadlineInTheSpringGapAsTheHourAfter() {
    OpenCallRequest request = parse(form("deadlineLocal", "2027-03-28T02:30"));

    assertThat(request.deadline()).isEqualTo(Instant.parse("2027-03-28T01:30:00Z"));
  }

  static Stream<Arguments> singleRuleViolations() {
    return Stream.of(
        violation("missing deadline", form(),
            "deadlineLocal", "Søknadsfrist", "må fylles ut"),
        violation("blank deadline", form("deadlineLocal", "  "),
            "deadlineLocal", "Søknadsfrist", "må fylles ut"),
        violation("deadline in Norwegian notation", form("deadlineLocal", "15.09.2027 12:00"),
            "deadlineLocal", "Søknadsfrist", DATE_FORMAT),
        violation("deadline without time", form("deadlineLocal", "2027-09-15"),
            "deadlineLocal", "Søknadsfrist", DATE_FORMAT),
        violation("deadline on a date that does not exist", form("deadlineLocal", "2027-02-30T12:00"),
            "deadlineLocal", "Søknadsfrist", DATE_FORMAT),
        violation("deadline in the past", form("deadlineLocal", "2027-01-10T08:59"),
            "deadlineLocal", "Søknadsfrist", "fristen må ligge fram i tid"),
        violation("deadline equal to now", form("deadlineLocal", "2027-01-10T09:00"),
            "deadlineLocal", "Søknadsfrist", "fristen må ligge fram i tid"),
        violation("unparseable announcement",
            form("deadlineLocal", "2027-03-01T12:00", "announcementLocal", "neste måned"),
            "announcementLocal", "Kunngjøring", DATE_FORMAT),
        violation("announcement before the deadline",
            form("deadlineLocal", "2027-03-01T12:00", "announcementLocal", "2027-02-28T12:00"),
            "announcementLocal", "Kunngjøring", "kunngjøringen må komme etter søknadsfristen"),
        violation("announcement at the deadline",
            form("deadlineLocal", "2027-03-01T12:00", "announcementLocal", "2027-03-01T12:00"),
            "announcementLocal", "Kunngjøring", "kunngjøringen må komme etter søknadsfristen"),
        violation("negative budget", form("deadlineLocal", "2027-03-01T12:00", "budgetArena", -1),
            "budgetArena", "Budsjett for Arena", "kan ikke være negativt"),
        violation("decimal budget", form("deadlineLocal", "2027-03-01T12:00", "budgetArenaPro", 1_000_000.5),
            "budgetArenaPro", "Budsjett for Arena Pro", "må være et helt antall kroner"),
        violation("budget as words", form("deadlineLocal", "2027-03-01T12:00", "budgetGce", "mange penger"),
            "budgetGce", "Budsjett for GCE (Global Centres of Expertise)", "må være et helt antall kroner"),
        violation("budget as numeric text", form("deadlineLocal", "2027-03-01T12:00", "budgetGce", "5000000"),
            "budgetGce", "Budsjett for GCE (Global Centres of Expertise)", "må være et helt antall kroner"),
        violation("title over 200 characters", form("deadlineLocal", "2027-03-01T12:00", "callTitle", "t".repeat(201)),
            "callTitle", "Tittel", "kan ha høyst 200 tegn"));
  }

  private static Arguments violation(String description, Map<String, Object> form,
      String field, String label, String message) {
    return arguments(description, form, new FieldError(field, label, message));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("singleRuleViolations")
  void refusesAFormBreakingOneRule(String description, Map<String, Object> form, FieldError expected) {
    assertThatThrownBy(() -> parse(form))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.summary()).isEqualTo("Utlysningen ble ikke åpnet. Rett opp følgende:");
          assertThat(e.errors()).containsExactly(expected);
        });
  }

  @Test
  void reportsEveryBrokenFieldTogether() {
    Map<String, Object> form = form(
        "deadlineLocal", "2027-01-09T12:00",
        "announcementLocal", "snart",
        "budgetArena", -100,
        "budgetArenaPro", 2.5,
        "budgetGce", "tre millioner",
        "callTitle", "t".repeat(201));

    assertThatThrownBy(() -> parse(form))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
            new FieldError("deadlineLocal", "Søknadsfrist", "fristen må ligge fram i tid"),
            new FieldError("announcementLocal", "Kunngjøring", DATE_FORMAT),
            new FieldError("budgetArena", "Budsjett for Arena", "kan ikke være negativt"),
            new FieldError("budgetArenaPro", "Budsjett for Arena Pro", "må være et helt antall kroner"),
            new FieldError("budgetGce", "Budsjett for GCE (Global Centres of Expertise)",
                "må være et helt antall kroner"),
            new FieldError("callTitle", "Tittel", "kan ha høyst 200 tegn")));
  }

  @Test
  void reportsAMissingDeadlineTogetherWithOtherErrors() {
    Map<String, Object> form = form("announcementLocal", "2027-05-20T09:00", "budgetArena", -1);

    assertThatThrownBy(() -> parse(form))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
            new FieldError("deadlineLocal", "Søknadsfrist", "må fylles ut"),
            new FieldError("budgetArena", "Budsjett for Arena", "kan ikke være negativt")));
  }

  @Test
  void reportsAPastDeadlineAndAnEarlierAnnouncementTogether() {
    Map<String, Object> form = form("deadlineLocal", "2026-12-01T12:00", "announcementLocal", "2026-11-01T12:00");

    assertThatThrownBy(() -> parse(form))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
            new FieldError("deadlineLocal", "Søknadsfrist", "fristen må ligge fram i tid"),
            new FieldError("announcementLocal", "Kunngjøring", "kunngjøringen må komme etter søknadsfristen")));
  }
}
