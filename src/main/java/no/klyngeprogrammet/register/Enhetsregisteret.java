package no.klyngeprogrammet.register;

import com.github.benmanes.caffeine.cache.Cache;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks organisation numbers up in Enhetsregisteret. A look-up never fails: when the register
 * cannot be reached (timeouts, errors, an answer that is not the register's, an open circuit
 * breaker), the answer is {@link Standing#UNREACHABLE}, and the caller decides what that means.
 * The register's own answers are cached for {@code klynge.enhetsregisteret.cache-for}.
 */
public class Enhetsregisteret {

  private static final Logger log = LoggerFactory.getLogger(Enhetsregisteret.class);

  private final EnhetsregisteretClient client;
  private final RegisterProperties properties;
  private final CircuitBreaker circuitBreaker;
  private final Retry retry;
  private final Cache<String, Lookup> cache;
  private final ExecutorService lookups;

  Enhetsregisteret(EnhetsregisteretClient client, RegisterProperties properties, CircuitBreaker circuitBreaker,
      Retry retry, Cache<String, Lookup> cache, ExecutorService lookups) {
    this.client = client;
    this.properties = properties;
    this.circuitBreaker = circuitBreaker;
    this.retry = retry;
    this.cache = cache;
    this.lookups = lookups;
  }

  /** Whether organisations are looked up at all ({@code klynge.enhetsregisteret.enabled}). */
  public boolean enabled() {
    return properties.enabled();
  }

  public Lookup lookUp(String orgNumber) {
    Lookup cached = cache.getIfPresent(orgNumber);
    if (cached != null) {
      return cached;
    }
    Supplier<Lookup> call = Retry.decorateSupplier(retry,
        CircuitBreaker.decorateSupplier(circuitBreaker, () -> client.lookUp(orgNumber)));
    try {
      Lookup answer = call.get();
      cache.put(orgNumber, answer);
      return answer;
    } catch (RegisterUnavailable | CallNotPermittedException e) {
      log.warn("Enhetsregisteret could not answer for an organisation: {}", e.getMessage());
      return Lookup.unreachable(orgNumber);
    }
  }

  /** As {@link #lookUpAll}, but asking the register again instead of trusting what it said earlier. */
  public Map<String, Lookup> lookUpAllAfresh(Collection<String> orgNumbers) {
    cache.invalidateAll(orgNumbers);
    return lookUpAll(orgNumbers);
  }

  /**
   * Every number at once, in parallel, by number in the order given (each number once).
   * Waits at most as long as the slowest single look-up may take.
   */
  public Map<String, Lookup> lookUpAll(Collection<String> orgNumbers) {
    List<String> distinct = List.copyOf(new LinkedHashSet<>(orgNumbers));
    Map<String, CompletableFuture<Lookup>> pending = new LinkedHashMap<>();
    if (circuitBreaker.getState() != CircuitBreaker.State.CLOSED && !distinct.isEmpty()) {
      // After an outage the breaker lets one call through to test the register; the rest follow it
      // in parallel once it has closed the breaker, instead of being turned away alongside it.
      String first = distinct.get(0);
      pending.put(first, CompletableFuture.completedFuture(lookUp(first)));
    }
    for (String number : distinct) {
      if (pending.containsKey(number)) {
        continue;
      }
      pending.put(number, CompletableFuture.supplyAsync(() -> lookUp(number), lookups)
          .exceptionally(e -> Lookup.unreachable(number)));
    }
    Map<String, Lookup> answers = new LinkedHashMap<>();
    pending.forEach((number, answer) -> answers.put(number, answer.join()));
    return answers;
  }
}
