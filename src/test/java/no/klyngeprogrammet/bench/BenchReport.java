package no.klyngeprogrammet.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes the figures as {@code bench.json} and {@code bench.md}, and prints the summary table. */
final class BenchReport {

  private BenchReport() {}

  static void write(Path directory, Map<String, Object> report) throws IOException {
    Files.createDirectories(directory);
    Path json = directory.resolve("bench.json");
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), report);
    List<String[]> summary = summary(report);
    StringBuilder markdown = new StringBuilder("# Benchmark, ").append(report.get("startedAt")).append("\n\n")
        .append("Settings: `").append(report.get("settings")).append("`  \n")
        .append("Machine: `").append(report.get("machine")).append("`  \n")
        .append("Database: `").append(report.get("database")).append("`  \n")
        .append("Configuration: `").append(report.get("configuration")).append("`\n\n")
        .append("| scenario | figure | value |\n|---|---|---|\n");
    summary.forEach(row -> markdown.append("| ").append(String.join(" | ", row)).append(" |\n"));
    markdown.append("\nEvery figure, including each phase of the year and the row counts per table, is in `bench.json`.\n");
    Path md = directory.resolve("bench.md");
    Files.writeString(md, markdown);

    int w0 = summary.stream().mapToInt(r -> r[0].length()).max().orElse(8);
    int w1 = summary.stream().mapToInt(r -> r[1].length()).max().orElse(8);
    System.out.println();
    System.out.println("Benchmark summary (" + md.toAbsolutePath() + ", " + json.toAbsolutePath() + ")");
    String last = "";
    for (String[] row : summary) {
      System.out.printf("%-" + w0 + "s  %-" + w1 + "s  %s%n", row[0].equals(last) ? "" : row[0], row[1], row[2]);
      last = row[0];
    }
  }

  private static List<String[]> summary(Map<String, Object> report) {
    List<String[]> rows = new ArrayList<>();
    Map<?, ?> rush = map(report.get("rush"));
    if (rush != null) {
      Map<?, ?> latency = map(rush.get("latency"));
      Map<?, ?> after = map(rush.get("afterwards"));
      rows.add(row("deadline rush", "path", rush.get("path")));
      rows.add(row("deadline rush", "submissions / clients", rush.get("submissions") + " / " + rush.get("clients")));
      rows.add(row("deadline rush", "throughput (submissions/s)", rush.get("submissionsPerSecond")));
      rows.add(row("deadline rush", "latency p50 / p95 / p99 / max (ms)", latency.get("p50Ms") + " / " + latency.get("p95Ms")
          + " / " + latency.get("p99Ms") + " / " + latency.get("maxMs")));
      rows.add(row("deadline rush", "errors", rush.get("errors")));
      rows.add(row("deadline rush", "cases / receipts / process instances", after.get("cases") + " / "
          + after.get("receiptsLogged") + " / " + after.get("processInstances")));
      rows.add(row("deadline rush", "lost / doubled", after.get("lost") + " / " + after.get("doubled")));
      rows.add(row("deadline rush", "late submissions accepted", rush.get("lateAccepted") + " of " + rush.get("lateSubmissions")));
      rows.add(row("deadline rush", "commits per submission (with receipt)", rush.get("commitsPerSubmission") + " ("
          + rush.get("commitsPerSubmissionWithReceipt") + ")"));
      rows.add(row("deadline rush", "rows inserted per submission (with receipt)", rush.get("rowsInsertedPerSubmission")
          + " (" + rush.get("rowsInsertedPerSubmissionWithReceipt") + ")"));
    }
    Map<?, ?> engine = map(report.get("engineCeiling"));
    if (engine != null) {
      rows.add(row("bare engine", "starts/s", engine.get("startsPerSecond")));
      rows.add(row("bare engine", "commits per start", engine.get("commitsPerStart")));
    }
    Map<?, ?> withForm = map(report.get("engineCeilingWithFormVariables"));
    if (withForm != null) {
      rows.add(row("bare engine", "with the form's " + withForm.get("variablesPerStart") + " variables: starts/s",
          withForm.get("startsPerSecond")));
    }
    Map<?, ?> db = map(report.get("databaseCeiling"));
    if (db != null) {
      rows.add(row("database", "single-row commits/s", db.get("commitsPerSecond")));
    }
    Map<?, ?> ratios = map(report.get("ratios"));
    if (ratios != null) {
      ratios.forEach((k, v) -> rows.add(row("ratios", String.valueOf(k), v)));
    }
    Map<?, ?> year = map(report.get("wholeYear"));
    if (year != null) {
      map(year.get("phases")).forEach((name, phase) -> rows.add(row("whole year", name + " (s, jobs)",
          map(phase).get("seconds") + ", " + map(phase).get("jobsExecuted"))));
      rows.add(row("whole year", "total (s)", year.get("totalSeconds")));
      rows.add(row("whole year", "engine jobs executed", year.get("jobsExecuted")));
      Map<?, ?> footprint = map(year.get("footprint"));
      rows.add(row("whole year", "rows runtime / history", footprint.get("runtimeRows") + " / " + footprint.get("historyRows")));
      rows.add(row("whole year", "database size (MB)", footprint.get("databaseMegabytes")));
      rows.add(row("whole year", "peak heap (MB)", year.get("peakHeapMegabytes")));
    }
    Map<?, ?> tasklist = map(report.get("tasklist"));
    if (tasklist != null) {
      rows.add(row("tasklist", "open review tasks (next year's applications × reviewers each)", tasklist.get("openReviewTasks")
          + " (" + tasklist.get("applications") + " × " + tasklist.get("reviewersPerApplication") + ")"));
      for (String who : List.of("reviewer", "caseOfficer", "caseOfficerWithOpenAssignments")) {
        Map<?, ?> timed = map(tasklist.get(who));
        for (String query : List.of("filterListWithCounts", "firstPageWithVariables", "count")) {
          Map<?, ?> l = map(timed.get(query));
          rows.add(row("tasklist", who + " (" + timed.get("tasksInFilter") + " tasks) " + query + " p50 / p95 (ms)",
              l.get("p50Ms") + " / " + l.get("p95Ms")));
        }
      }
    }
    Map<?, ?> allocation = map(report.get("allocation"));
    if (allocation != null) {
      Map<?, ?> l = map(allocation.get("latency"));
      rows.add(row("allocation", allocation.get("applications") + " applications × " + allocation.get("reviewers")
          + " reviewers p50 / max (ms)", l.get("p50Ms") + " / " + l.get("maxMs")));
      rows.add(row("allocation", "load min / max, shortfalls", allocation.get("loadMinMax") + ", "
          + allocation.get("shortfalls")));
    }
    Map<?, ?> overview = map(report.get("overview"));
    if (overview != null) {
      Map<?, ?> l = map(overview.get("latency"));
      rows.add(row("overview", "GET /saksbehandling/utlysning/<year>, " + overview.get("applications")
          + " applications, p50 / p95 / max (ms)", l.get("p50Ms") + " / " + l.get("p95Ms") + " / " + l.get("maxMs")));
    }
    rows.add(row("run", "total (s)", report.get("totalSeconds")));
    return rows;
  }

  private static String[] row(String scenario, String figure, Object value) {
    return new String[] {scenario, figure, String.valueOf(value)};
  }

  private static Map<?, ?> map(Object value) {
    return value instanceof Map<?, ?> m ? m : null;
  }
}
