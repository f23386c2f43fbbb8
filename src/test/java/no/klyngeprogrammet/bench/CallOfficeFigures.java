package no.klyngeprogrammet.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IntSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.klyngeprogrammet.application.SubmittedApplications;
import no.klyngeprogrammet.call.Level;
import no.klyngeprogrammet.pool.ReviewerAllocation;
import no.klyngeprogrammet.register.Lookup;
import no.klyngeprogrammet.register.RegisterChecks;
import no.klyngeprogrammet.register.RegisteredUnit;
import no.klyngeprogrammet.register.Stage;
import no.klyngeprogrammet.register.Standing;
import no.klyngeprogrammet.support.Http;
import org.springframework.jdbc.core.simple.JdbcClient;

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

  private static final String[][] COUNTIES = {{"03", "Oslo"}, {"11", "Rogaland"}, {"15", "Møre og Romsdal"},
      {"18", "Nordland"}, {"31", "Østfold"}, {"46", "Vestland"}, {"50", "Trøndelag"}, {"55", "Troms"}};
  private static final String[][] INDUSTRIES = {{"03.211", "Produksjon av laks og regnbueørret i sjøvann"},
      {"72.190", "Annen forskning og utviklingsarbeid innen naturvitenskap og teknikk"},
      {"62.010", "Programmeringstjenester"}, {"84.110", "Generell offentlig administrasjon"},
      {"35.111", "Produksjon av elektrisitet fra vannkraft"}, {"85.421", "Universiteter"}};

  /**
   * Keeps for every organisation of every application what Enhetsregisteret would have answered at
   * submission, through the application's own {@link RegisterChecks}: the benchmark runs without the
   * register (its figures stay comparable with earlier runs), and the overview groups the members
   * by the register's county and industry, which it must do over a full call's rows.
   */
  static int registerAnswers(JdbcClient jdbc, SubmittedApplications applications, RegisterChecks checks) {
    int organisations = 0;
    for (var version : jdbc.sql("select case_number, current_version from application_case")
        .query((rs, row) -> Map.entry(rs.getString(1), rs.getInt(2))).list()) {
      var submission = applications.submission(version.getKey(), version.getValue());
      List<Lookup> lookups = new ArrayList<>();
      Set<String> numbers = new LinkedHashSet<>();
      numbers.add(submission.applicantOrgNumber());
      submission.members().forEach(m -> numbers.add(m.orgNumber()));
      for (String number : numbers) {
        int hash = Math.floorMod(number.hashCode(), 1_000);
        String[] county = COUNTIES[hash % COUNTIES.length];
        String[] industry = INDUSTRIES[hash % INDUSTRIES.length];
        lookups.add(new Lookup(number, Standing.ACTIVE, new RegisteredUnit(number, "ORGANISASJON " + number, "AS",
            "Aksjeselskap", "2100", "Private aksjeselskaper mv.", industry[0], industry[1], county[0] + "01",
            county[1], county[0], county[1], 10 + hash), null, null));
      }
      checks.record(version.getKey(), version.getValue(), Stage.SUBMISSION, lookups);
      organisations += lookups.size();
    }
    return organisations;
  }

  /**
   * The overview of the year's call over HTTP as a case officer, {@code repeats} times after thirty
   * untimed requests, which let the JIT compile the page's code as a day of use would.
   */
  static Map<String, Object> overview(int port, int year, String user, String password, int repeats) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/saksbehandling/utlysning/" + year))
        .header("Authorization", Http.basic(user, password)).build();
    int status = 0;
    Latencies firstRequests = new Latencies();
    for (int warmUp = 0; warmUp < 30; warmUp++) {
      long start = System.nanoTime();
      status = client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
      firstRequests.record(System.nanoTime() - start);
    }
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
    figures.put("firstRequestsAfterStart", firstRequests.summary());
    return figures;
  }
}
