package no.klyngeprogrammet.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/** The heap in use, sampled ten times a second; its peak over a stretch of the run. */
final class HeapSampler implements AutoCloseable {

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final AtomicLong peak = new AtomicLong();
  private final Thread thread;
  private volatile boolean running = true;

  HeapSampler() {
    thread = new Thread(() -> {
      while (running) {
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        LockSupport.parkNanos(100_000_000L);
      }
    }, "heap-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  /** The peak since the last reset, in megabytes, and starts a new stretch. */
  double peakMegabytesAndReset() {
    return DatabaseCeiling.round(peak.getAndSet(0) / 1024.0 / 1024.0);
  }

  @Override
  public void close() {
    running = false;
  }
}
