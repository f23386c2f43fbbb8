package no.klyngeprogrammet.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IntSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.klyngeprogrammet.call.Level;
import no.klyngeprogrammet.pool.ReviewerAllocation;
import no.klyngeprogrammet.support.Http;

/**
 * The programme office's figures (issue 14): the call-wide allocation rule on a synthetic call,
 * and the call overview's answer time over HTTP on the year's real call.
 */
final class CallOfficeFigures {

  private CallOfficeFigures() {}

  /**
   * {@code applications} applications with 12 member organisations each, on {@code reviewers}
   * reviewers of whom every fifth is tied to some members; timed over {@code repeats} runs after five
   * untimed ones, which let the JIT compile the rule.
   */
  static Map<String, Object> allocation(int applications, int reviewers, int repeats) {
    List<ReviewerAllocation.Application> calls = new ArrayList<>();
    for (int a = 0; a < applications; a++) {
      Set<String> members = new HashSet<>();
      for (int m = 0; m < 12; m++) {
        members.add(Integer.toString(900_000_000 + (a * 7 + m * 131) % 5_000));
      }
      calls.add(new ReviewerAllocation.Application("NIC-2030-%04d".formatted(a + 1), Level.values()[a % 3], members,
          a % 2 == 0 ? "havbruk og marin" : "energi", Set.of()));
    }
    List<ReviewerAllocation.Reviewer> pool = new ArrayList<>();
    for (int r = 0; r < reviewers; r++) {
      Set<String> ties = new HashSet<>();
      if (r % 5 == 0) {
        for (int t = 0; t < 40; t++) {
          ties.add(Integer.toString(900_000_000 + (r * 97 + t * 13) % 5_000));
        }
      }
      pool.add(new ReviewerAllocation.Reviewer("benchfagvurderer%02d".formatted(r + 1),
          r % 4 == 0 ? Set.of(Level.GCE) : Set.of(), r % 3 == 0 ? List.of("havbruk") : List.of(), applications, ties, 0));
    }
    Latencies latencies = new Latencies();
    ReviewerAllocation.Result result = null;
    for (int warmUp = 0; warmUp < 5; warmUp++) {
      ReviewerAllocation.allocate(calls, pool, 3);
    }
    for (int i = 0; i < repeats; i++) {
      long start = System.nanoTime();
      result = ReviewerAllocation.allocate(calls, pool, 3);
      latencies.record(System.nanoTime() - start);
    }
    IntSummaryStatistics loads = result.loads().values().stream().mapToInt(Integer::intValue).summaryStatistics();
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("applications", applications);
    figures.put("reviewers", reviewers);
    figures.put("conflictedPairs", calls.stream().mapToLong(a -> pool.stream()
        .filter(r -> ReviewerAllocation.conflicted(r, a)).count()).sum());
    figures.put("latency", latencies.summary());
    figures.put("loadMinMax", loads.getMin() + " / " + loads.getMax());
    figures.put("shortfalls", result.shortfalls().size());
    return figures;
  }

  /** The overview of the year's call over HTTP as a case officer, {@code repeats} times after one warm-up. */
  static Map<String, Object> overview(int port, int year, String user, String password, int repeats) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/saksbehandling/utlysning/" + year))
        .header("Authorization", Http.basic(user, password)).build();
    int status = client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    Latencies latencies = new Latencies();
    long bytes = 0;
    for (int i = 0; i < repeats; i++) {
      long start = System.nanoTime();
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      latencies.record(System.nanoTime() - start);
      bytes = response.body().length();
      status = response.statusCode();
    }
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("status", status);
    figures.put("pageCharacters", bytes);
    figures.put("latency", latencies.summary());
    return figures;
  }
}
