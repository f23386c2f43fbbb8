package no.klyngeprogrammet.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When a public submission starts its process, from {@code klynge.intake}.
 *
 * @param startInRequestUpTo the public submissions in flight on this node up to which each starts
 *     its process in its own request; above it the start is deferred ({@link DeferredStarts})
 * @param quietAfter how long after the last submission came in the intake counts as quiet, when the
 *     deferred starts run
 * @param deferredStartWithin how long a deferred start waits for the intake to quieten at most
 * @param deferredStartPoll how often this node looks for deferred starts
 */
@ConfigurationProperties("klynge.intake")
public record IntakeProperties(int startInRequestUpTo, Duration quietAfter, Duration deferredStartWithin,
    Duration deferredStartPoll) {

  public IntakeProperties {
    if (startInRequestUpTo < 0) {
      throw new IllegalStateException("klynge.intake.start-in-request-up-to must not be negative");
    }
    if (quietAfter == null || quietAfter.isNegative()) {
      throw new IllegalStateException("klynge.intake.quiet-after must be a duration of zero or more");
    }
    if (deferredStartWithin == null || deferredStartWithin.isNegative()) {
      throw new IllegalStateException("klynge.intake.deferred-start-within must be a duration of zero or more");
    }
  }
}
