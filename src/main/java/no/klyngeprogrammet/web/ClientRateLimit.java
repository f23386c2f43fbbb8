package no.klyngeprogrammet.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A limit of requests per client address: a token bucket per address that refills over the window.
 * Time comes from the application's clock, so tests can move it. Addresses not seen for a window
 * are forgotten, and at most {@value #MAX_ADDRESSES} are remembered.
 */
final class ClientRateLimit {

  static final int MAX_ADDRESSES = 100_000;

  private final int capacity;
  private final Duration window;
  private final TimeMeter time;
  private final Cache<String, Bucket> buckets;

  ClientRateLimit(int capacity, Duration window, Clock clock) {
    this.capacity = capacity;
    this.window = window;
    this.time = new TimeMeter() {
      @Override
      public long currentTimeNanos() {
        Instant now = clock.instant();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
      }

      @Override
      public boolean isWallClockBased() {
        return true;
      }
    };
    this.buckets = Caffeine.newBuilder().maximumSize(MAX_ADDRESSES).expireAfterAccess(window).build();
  }

  /** Takes one request from the address's allowance; false when it is used up. */
  boolean tryTake(String address) {
    return buckets.get(address, key -> Bucket.builder()
            .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, window).build())
            .withCustomTimePrecision(time)
            .build())
        .tryConsume(1);
  }

  /** Returns what {@link #tryTake} took, for a request that turned out not to count. */
  void giveBack(String address) {
    Bucket bucket = buckets.getIfPresent(address);
    if (bucket != null) {
      bucket.addTokens(1);
    }
  }

  /** Seconds until a used-up allowance has room again, rounded up. */
  long retryAfterSeconds() {
    return Math.max(1, (window.toSeconds() + capacity - 1) / capacity);
  }
}
