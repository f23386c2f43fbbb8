package no.klyngeprogrammet.register;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The register's client with Resilience4j's retry and circuit breaker, and Caffeine's cache. */
@Configuration
@EnableScheduling
class RegisterConfiguration {

  @Bean
  CircuitBreaker enhetsregisteretCircuitBreaker(RegisterProperties properties, Clock clock) {
    return CircuitBreaker.of("enhetsregisteret", CircuitBreakerConfig.custom()
        // The programme's clock: the open state ends with the time the rest of the system sees.
        .clock(clock)
        .slidingWindowSize(properties.window())
        .minimumNumberOfCalls(Math.max(1, properties.window() / 2))
        .failureRateThreshold(properties.failureRatePercent())
        .waitDurationInOpenState(properties.openFor())
        .permittedNumberOfCallsInHalfOpenState(1)
        .recordExceptions(RegisterUnavailable.class)
        .build());
  }

  @Bean
  Retry enhetsregisteretRetry(RegisterProperties properties) {
    return Retry.of("enhetsregisteret", RetryConfig.custom()
        .maxAttempts(Math.max(1, properties.attempts()))
        .intervalFunction(IntervalFunction.ofExponentialBackoff(properties.backoff(), 2))
        .retryExceptions(RegisterUnavailable.class)
        .ignoreExceptions(CallNotPermittedException.class)
        .build());
  }

  @Bean
  Cache<String, Lookup> enhetsregisteretCache(RegisterProperties properties) {
    return Caffeine.newBuilder().expireAfterWrite(properties.cacheFor()).maximumSize(50_000).build();
  }

  @Bean(destroyMethod = "shutdownNow")
  ExecutorService enhetsregisteretLookups(RegisterProperties properties) {
    var counter = new AtomicInteger();
    return Executors.newFixedThreadPool(Math.max(1, properties.parallelLookups()), task -> {
      Thread thread = new Thread(task, "enhetsregisteret-" + counter.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  @Bean
  Enhetsregisteret enhetsregisteret(RegisterProperties properties, ObjectMapper objectMapper,
      CircuitBreaker enhetsregisteretCircuitBreaker, Retry enhetsregisteretRetry,
      Cache<String, Lookup> enhetsregisteretCache, ExecutorService enhetsregisteretLookups) {
    HttpClient http = HttpClient.newBuilder()
        .connectTimeout(properties.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
    return new Enhetsregisteret(new EnhetsregisteretClient(http, objectMapper, properties), properties,
        enhetsregisteretCircuitBreaker, enhetsregisteretRetry, enhetsregisteretCache, enhetsregisteretLookups);
  }
}
