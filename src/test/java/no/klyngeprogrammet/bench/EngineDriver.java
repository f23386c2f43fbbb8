package no.klyngeprogrammet.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.management.Metrics;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Drives the running application as its users and its calendar would: moves the engine's clock
 * (which keeps ticking from there), lets the job executor catch up, and works tasks in parallel.
 */
final class EngineDriver {

  private final ProcessEngine engine;
  private final int workers;
  final AtomicInteger optimisticLockRetries = new AtomicInteger();
  final AtomicInteger retriesWaitedFor = new AtomicInteger();

  EngineDriver(ProcessEngine engine, int workers) {
    this.engine = engine;
    this.workers = workers;
  }

  /** Moves the clock to the instant; it keeps running from there, so the job executor sees timers fall due. */
  void moveClockTo(Instant instant) {
    ClockUtil.offset(instant.toEpochMilli() - System.currentTimeMillis());
  }

  /**
   * Waits until the job executor has run every job that is due. A job that failed (with two nodes,
   * typically a locking conflict with the other node) waits for its retry interval on the engine's
   * clock, which in real time simply passes; the clock is moved to its retry, and the retry counted
   * ({@link #retriesWaitedFor}), so that the phase finishes as it would in production and the cost shows.
   */
  void awaitJobExecutor() {
    long lastChange = System.nanoTime();
    long last = -1;
    while (true) {
      long due = engine.getManagementService().createJobQuery().executable().count();
      if (due == 0) {
        List<Job> waiting = engine.getManagementService().createJobQuery().withException().withRetriesLeft()
            .orderByJobDuedate().asc().listPage(0, 1);
        if (waiting.isEmpty()) {
          return;
        }
        retriesWaitedFor.incrementAndGet();
        moveClockTo(waiting.get(0).getDuedate().toInstant());
        continue;
      }
      if (due != last) {
        last = due;
        lastChange = System.nanoTime();
      } else if (System.nanoTime() - lastChange > 600_000_000_000L) {
        throw new IllegalStateException(due + " due jobs made no progress for ten minutes");
      }
      LockSupport.parkNanos(100_000_000L);
    }
  }

  long failedJobs() {
    return engine.getManagementService().createJobQuery().withException().count();
  }

  long incidents() {
    return engine.getRuntimeService().createIncidentQuery().count();
  }

  /** Jobs the executor has completed so far, from the engine's own metrics. */
  long jobsExecuted() {
    engine.getManagementService().reportDbMetricsNow();
    return engine.getManagementService().createMetricsQuery().name(Metrics.JOB_SUCCESSFUL).sum();
  }

  /** Runs the work for each item on the workers, retrying an item that lost an optimistic lock to a parallel job. */
  <T> void inParallel(List<T> items, Consumer<T> work) {
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    AtomicInteger next = new AtomicInteger();
    List<Future<?>> done = new ArrayList<>();
    for (int w = 0; w < workers; w++) {
      done.add(pool.submit(() -> {
        for (int i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement()) {
          T item = items.get(i);
          for (int attempt = 1; ; attempt++) {
            try {
              work.accept(item);
              break;
            } catch (OptimisticLockingException e) {
              if (attempt == 5) {
                throw e;
              }
              optimisticLockRetries.incrementAndGet();
            }
          }
        }
        return null;
      }));
    }
    try {
      for (Future<?> f : done) {
        f.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException("Parallel work failed", e);
    } finally {
      pool.shutdown();
    }
  }
}
