package no.klyngeprogrammet.register;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Asks the register once at start-up whether it answers, and tells operators (the log) and the
 * embedded default's users (the mail page) when it does not: submissions are then taken unchecked.
 */
@Component
public class RegisterReachability {

  /** Brønnøysundregistrene's own organisation number: always in the register. */
  static final String PROBE = "974760673";

  private static final Logger log = LoggerFactory.getLogger(RegisterReachability.class);

  private final Enhetsregisteret register;
  private final CircuitBreaker circuitBreaker;
  private final RegisterProperties properties;
  private final ExecutorService lookups;
  private volatile Boolean reachableAtStart;

  RegisterReachability(Enhetsregisteret register, CircuitBreaker enhetsregisteretCircuitBreaker,
      RegisterProperties properties, ExecutorService enhetsregisteretLookups) {
    this.register = register;
    this.circuitBreaker = enhetsregisteretCircuitBreaker;
    this.properties = properties;
    this.lookups = enhetsregisteretLookups;
  }

  @EventListener(ApplicationReadyEvent.class)
  void probe() {
    if (!properties.enabled()) {
      log.info("Enhetsregisteret is not consulted (klynge.enhetsregisteret.enabled=false)");
      return;
    }
    // In the background: start-up does not wait for the register's timeouts.
    CompletableFuture.runAsync(() -> {
      reachableAtStart = register.lookUp(PROBE).standing() != Standing.UNREACHABLE;
      if (reachableAtStart) {
        log.info("Enhetsregisteret answers at {}", properties.baseUrl());
      } else {
        log.warn("Enhetsregisteret cannot be reached at {}: organisations are taken unchecked (ikke kontrollert) and "
            + "looked up again later. Turn the check off with klynge.enhetsregisteret.enabled=false",
            properties.baseUrl());
      }
    }, lookups);
  }

  /** A notice in Norwegian when organisations are not being checked now, or empty. */
  public Optional<String> notice() {
    if (!properties.enabled()) {
      return Optional.of("Kontrollen mot Enhetsregisteret er slått av (klynge.enhetsregisteret.enabled=false).");
    }
    if (Boolean.FALSE.equals(reachableAtStart) || circuitBreaker.getState() == CircuitBreaker.State.OPEN) {
      return Optional.of("Enhetsregisteret kan ikke nås (" + properties.baseUrl() + "). Organisasjoner i nye søknader "
          + "merkes «ikke kontrollert» og kontrolleres på nytt når registeret svarer. Kontrollen slås av med "
          + "klynge.enhetsregisteret.enabled=false.");
    }
    return Optional.empty();
  }
}
