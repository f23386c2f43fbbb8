package no.klyngeprogrammet.register;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import no.klyngeprogrammet.support.FakeRegister;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The client against the local fake of Enhetsregisteret, without the application around it. */
class EnhetsregisteretTest {

  final RegisterConfiguration configuration = new RegisterConfiguration();
  ExecutorService lookups;
  CircuitBreaker breaker;

  RegisterProperties properties(String baseUrl) {
    return new RegisterProperties(true, baseUrl, Duration.ofSeconds(1), Duration.ofSeconds(2), 2,
        Duration.ofMillis(20), 50, 4, Duration.ofMinutes(1), Duration.ofHours(1), DataSize.ofKilobytes(256), 8,
        Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofDays(1));
  }

  Enhetsregisteret register(String baseUrl) {
    var properties = properties(baseUrl);
    lookups = configuration.enhetsregisteretLookups(properties);
    breaker = configuration.enhetsregisteretCircuitBreaker(properties, Clock.systemUTC());
    return configuration.enhetsregisteret(properties, new ObjectMapper(), breaker,
        configuration.enhetsregisteretRetry(properties), configuration.enhetsregisteretCache(properties), lookups);
  }

  @BeforeEach
  void normalAnswers() {
    FakeRegister.reset();
  }

  @AfterEach
  void stop() {
    lookups.shutdownNow();
  }

  @Test
  void eachAnswerOfTheRegisterIsReadFromItsJson() {
    var answers = register(FakeRegister.baseUrl()).lookUpAll(List.of(FakeRegister.ACTIVE_COMPANY, FakeRegister.BANKRUPT,
        FakeRegister.UNDER_LIQUIDATION, FakeRegister.FORCED_DISSOLUTION, FakeRegister.DELETED, FakeRegister.UNKNOWN,
        FakeRegister.SUB_UNIT, FakeRegister.MUNICIPALITY));

    assertThat(answers.values()).extracting(Lookup::standing).containsExactly(Standing.ACTIVE, Standing.BANKRUPT,
        Standing.UNDER_LIQUIDATION, Standing.FORCED_DISSOLUTION, Standing.DELETED, Standing.UNKNOWN, Standing.SUB_UNIT,
        Standing.ACTIVE);
    assertThat(answers.get(FakeRegister.ACTIVE_COMPANY).unit()).isEqualTo(new RegisteredUnit(FakeRegister.ACTIVE_COMPANY,
        "NORDLYS TEKNOLOGI AS", "AS", "Aksjeselskap", "2100", "Private aksjeselskaper mv.", "62.010",
        "Programmeringstjenester", "4601", "BERGEN", "46", "Vestland", 42));
    assertThat(answers.get(FakeRegister.DELETED).deletedOn()).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(answers.get(FakeRegister.SUB_UNIT).mainUnit()).isEqualTo(FakeRegister.ACTIVE_COMPANY);
  }

  @Test
  void aSlowFailingMalformedOrHugeAnswerIsUnreachableNeverAnError() {
    Map<String, Lookup> answers = register(FakeRegister.baseUrl()).lookUpAll(
        List.of(FakeRegister.SLOW, FakeRegister.FAILING, FakeRegister.MALFORMED, FakeRegister.HUGE));

    assertThat(answers.values()).extracting(Lookup::standing).containsOnly(Standing.UNREACHABLE);
  }

  @Test
  void theCircuitBreakerOpensDuringAnOutageAndTheRegistersAnswersAreCached() {
    var register = register(FakeRegister.baseUrl());
    assertThat(register.lookUp(FakeRegister.ACTIVE_COMPANY).standing()).isEqualTo(Standing.ACTIVE);

    FakeRegister.outage();
    for (int i = 0; i < 4; i++) {
      assertThat(register.lookUp(FakeRegister.BANKRUPT).standing()).isEqualTo(Standing.UNREACHABLE);
    }

    assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
    assertThat(register.lookUp(FakeRegister.ACTIVE_COMPANY).standing()).isEqualTo(Standing.ACTIVE);
  }

  @Test
  void anUnreachableRegisterIsNoticedAtStartUp() throws Exception {
    var properties = properties("http://127.0.0.1:1/enhetsregisteret/api");
    var register = register(properties.baseUrl());
    var reachability = new RegisterReachability(register, breaker, properties, lookups);

    reachability.probe();
    lookups.shutdown();
    lookups.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);

    assertThat(reachability.notice()).hasValueSatisfying(notice -> assertThat(notice)
        .startsWith("Enhetsregisteret kan ikke nås (http://127.0.0.1:1/enhetsregisteret/api)")
        .contains("klynge.enhetsregisteret.enabled=false"));
  }
}
