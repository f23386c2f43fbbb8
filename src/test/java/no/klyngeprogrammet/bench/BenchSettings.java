package no.klyngeprogrammet.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The benchmark's sizes and choices, read from system properties with the defaults. */
record BenchSettings(
    Set<String> scenarios,
    int applications,
    int clients,
    int lateSubmissions,
    int warmupSubmissions,
    int databaseInserts,
    int reviewers,
    int tasklistOpenTasks,
    int tasklistRepeats,
    int tasklistReviewersPerApplication,
    int workers,
    int nodes,
    String jdbcUrl,
    String jdbcUser,
    String jdbcPassword,
    String databaseName,
    String synchronousCommit,
    boolean statements,
    Path output) {

  static final Set<String> ALL_SCENARIOS = Set.of("rush", "engine", "database", "year", "tasklist", "allocation", "overview");

  static BenchSettings fromSystemProperties() {
    Set<String> scenarios = Arrays.stream(property("bench.scenarios", String.join(",", ALL_SCENARIOS)).split(","))
        .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    if (!ALL_SCENARIOS.containsAll(scenarios)) {
      throw new IllegalArgumentException("bench.scenarios: choose from " + ALL_SCENARIOS + ", got " + scenarios);
    }
    return new BenchSettings(
        scenarios,
        integer("bench.applications", 2000),
        integer("bench.clients", 32),
        integer("bench.lateSubmissions", 5),
        integer("bench.warmupSubmissions", 0),
        integer("bench.databaseInserts", 20000),
        integer("bench.reviewers", 30),
        integer("bench.tasklist.openTasks", 10000),
        integer("bench.tasklist.repeats", 100),
        integer("bench.tasklist.reviewersPerApplication", 6),
        integer("bench.workers", 8),
        integer("bench.nodes", 1),
        property("bench.jdbcUrl", ""),
        property("bench.jdbcUser", "postgres"),
        property("bench.jdbcPassword", ""),
        property("bench.databaseName", "bench_" + System.currentTimeMillis()),
        property("bench.synchronousCommit", "on"),
        Boolean.parseBoolean(property("bench.statements", "false")),
        Path.of(property("bench.output", "target/bench")));
  }

  boolean runs(String scenario) {
    return scenarios.contains(scenario);
  }

  Map<String, Object> describe() {
    Map<String, Object> sizes = new LinkedHashMap<>();
    sizes.put("scenarios", scenarios.stream().sorted().toList());
    sizes.put("applications", applications);
    sizes.put("clients", clients);
    sizes.put("lateSubmissions", lateSubmissions);
    sizes.put("warmupSubmissions", warmupSubmissions);
    sizes.put("databaseInserts", databaseInserts);
    sizes.put("reviewers", reviewers);
    sizes.put("tasklistOpenTasks", tasklistOpenTasks);
    sizes.put("tasklistRepeats", tasklistRepeats);
    sizes.put("tasklistReviewersPerApplication", tasklistReviewersPerApplication);
    sizes.put("workers", workers);
    sizes.put("nodes", nodes);
    sizes.put("statements", statements);
    sizes.put("database", jdbcUrl.isEmpty() ? "embedded PostgreSQL (synchronous_commit=" + synchronousCommit + ")"
        : jdbcUrl + " (database " + databaseName + ")");
    return sizes;
  }

  private static String property(String name, String defaultValue) {
    String value = System.getProperty(name);
    return value == null || value.isBlank() ? defaultValue : value.strip();
  }

  private static int integer(String name, int defaultValue) {
    String value = property(name, Integer.toString(defaultValue));
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, got '" + value + "'", e);
    }
  }
}
