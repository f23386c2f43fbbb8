package no.klyngeprogrammet.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Latencies recorded by many threads, summarised as percentiles in milliseconds. */
final class Latencies {

  private final ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();

  void record(long elapsedNanos) {
    nanos.add(elapsedNanos);
  }

  int count() {
    return nanos.size();
  }

  Map<String, Object> summary() {
    long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("samples", sorted.length);
    summary.put("p50Ms", millis(percentile(sorted, 50)));
    summary.put("p95Ms", millis(percentile(sorted, 95)));
    summary.put("p99Ms", millis(percentile(sorted, 99)));
    summary.put("maxMs", millis(sorted.length == 0 ? 0 : sorted[sorted.length - 1]));
    summary.put("meanMs", millis((long) Arrays.stream(sorted).average().orElse(0)));
    return summary;
  }

  /** Nearest-rank percentile. */
  private static long percentile(long[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  static double millis(long nanos) {
    return Math.round(nanos / 10_000.0) / 100.0;
  }
}
