package no.klyngeprogrammet.application;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * The public submissions in flight on this node. Up to {@link IntakeProperties#startInRequestUpTo()}
 * of them each start their process in their own request; above it the intake is busy, and a
 * submission is answered as soon as it is registered ({@link DeferredStarts}).
 */
@Component
public class IntakeLoad {

  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicReference<Instant> lastEntered = new AtomicReference<>(Instant.MIN);
  private final IntakeProperties properties;
  private final Clock clock;

  IntakeLoad(IntakeProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  /** A submission comes in; until {@link #leave()} it counts as in flight. */
  boolean enterAndStartInRequest() {
    lastEntered.set(clock.instant());
    return inFlight.incrementAndGet() <= properties.startInRequestUpTo();
  }

  void leave() {
    inFlight.decrementAndGet();
  }

  /**
   * Whether the deferred starts may take the machine: nothing in flight, and nothing came in for
   * {@link IntakeProperties#quietAfter()}. During a rush the submissions come back to back, and the
   * starts wait until after it.
   */
  boolean quiet() {
    return inFlight.get() == 0 && !lastEntered.get().plus(properties.quietAfter()).isAfter(clock.instant());
  }
}
