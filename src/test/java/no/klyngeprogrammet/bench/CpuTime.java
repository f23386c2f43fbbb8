package no.klyngeprogrammet.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The CPU time a phase cost: this JVM's, and that of the embedded database server's processes.
 * It shows which of the two does a phase's work. It drifts with the machine's speed as wall time
 * does, so runs are still compared in pairs. A server given by URL is not counted.
 */
final class CpuTime {

  private final long jvmNanos;
  private final Map<Long, Duration> database;

  private CpuTime(long jvmNanos, Map<Long, Duration> database) {
    this.jvmNanos = jvmNanos;
    this.database = database;
  }

  static CpuTime now(List<ProcessHandle> databaseProcesses) {
    Map<Long, Duration> database = new HashMap<>();
    databaseProcesses.forEach(p -> p.info().totalCpuDuration().ifPresent(cpu -> database.put(p.pid(), cpu)));
    return new CpuTime(((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime(), database);
  }

  double jvmSecondsSince(CpuTime start) {
    return (jvmNanos - start.jvmNanos) / 1e9;
  }

  /** Of the server's processes running now; one that ended during the phase took its time with it. */
  double databaseSecondsSince(CpuTime start) {
    return database.entrySet().stream()
        .mapToDouble(e -> e.getValue().minus(start.database.getOrDefault(e.getKey(), Duration.ZERO)).toNanos() / 1e9)
        .sum();
  }
}
