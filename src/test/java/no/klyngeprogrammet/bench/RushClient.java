package no.klyngeprogrammet.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import no.klyngeprogrammet.support.Http;
import no.klyngeprogrammet.support.RestVariables;

/**
 * The deadline rush: many applicants at once, each submitting through HTTP as a browser would.
 *
 * <p>Two paths share one interface. The public page's path ({@code GET /soknad} for the XSRF
 * cookie, then {@code POST /api/soknad} with the form's variables as JSON) is used when the
 * application serves it; otherwise Tasklist's start form path ({@code POST
 * /engine-rest/process-definition/key/ClusterApplication/submit-form} as an applicant), and the
 * report says which one ran.
 */
final class RushClient {

  static final String PUBLIC_PAGE = "public page: GET /soknad before the clock starts, POST /api/soknad timed";
  static final String TASKLIST_START_FORM = "Tasklist start form: POST /engine-rest/process-definition/key/ClusterApplication/submit-form";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One applicant's browser: submits a form and tells what came back. */
  interface Applicant {
    /** What a browser does before its user fills in the form, outside the submission's timing. */
    default void open() {
    }

    Outcome submit(Map<String, Object> form);
  }

  record Outcome(int status, String caseNumber, String body) {
    boolean accepted() {
      return status == 200 || status == 201;
    }
  }

  private final List<String> bases;
  private final String path;
  private final IntFunction<Applicant> applicants;

  private RushClient(List<String> bases, String path, IntFunction<Applicant> applicants) {
    this.bases = bases;
    this.path = path;
    this.applicants = applicants;
  }

  /**
   * @param ports the nodes' ports: client i sends to node i modulo their number, as a load balancer
   *     spreading clients would
   * @param applicantUser the applicant account of client i, with password, for Tasklist's path
   */
  static RushClient forServers(List<Integer> ports, IntFunction<String[]> applicantUser) {
    List<String> bases = ports.stream().map(port -> "http://localhost:" + port).toList();
    HttpResponse<String> page = send(newClient(new CookieManager()), HttpRequest.newBuilder(URI.create(bases.get(0) + "/soknad")).GET());
    if (page.statusCode() == 200) {
      return new RushClient(bases, PUBLIC_PAGE, client -> new PublicPageApplicant(bases.get(client % bases.size())));
    }
    return new RushClient(bases, TASKLIST_START_FORM, client -> {
      String[] account = applicantUser.apply(client);
      return new TasklistApplicant(bases.get(client % bases.size()), Http.basic(account[0], account[1]));
    });
  }

  String path() {
    return path;
  }

  Applicant applicant(int client) {
    return applicants.apply(client);
  }

  /** A submission's start, from the rush's start, and how long its answer took. */
  record Timing(long startedAtMs, long latencyMs) {}

  /** What a rush returned: per submission, its number, outcome and timing; and the latencies. */
  record Rush(Map<Integer, Outcome> outcomes, Map<Integer, Timing> timings, Latencies latencies, double seconds) {

    /** The slowest answers and when they were asked for: a cold start's tail comes first in the rush. */
    List<Timing> slowest(int count) {
      return timings.values().stream().sorted(java.util.Comparator.comparingLong(Timing::latencyMs).reversed())
          .limit(count).toList();
    }

    long accepted() {
      return outcomes.values().stream().filter(Outcome::accepted).count();
    }

    Map<Integer, Long> statusCounts() {
      Map<Integer, Long> counts = new java.util.TreeMap<>();
      outcomes.values().forEach(o -> counts.merge(o.status(), 1L, Long::sum));
      return counts;
    }

    Set<String> caseNumbers() {
      Set<String> numbers = ConcurrentHashMap.newKeySet();
      outcomes.values().stream().filter(o -> o.accepted() && o.caseNumber() != null).forEach(o -> numbers.add(o.caseNumber()));
      return numbers;
    }
  }

  /** Submits forms 0 … count-1 (given by {@code forms}) from {@code clients} applicants at once. */
  Rush run(int count, int clients, IntFunction<Map<String, Object>> forms) throws Exception {
    Map<Integer, Outcome> outcomes = new ConcurrentHashMap<>();
    Map<Integer, Timing> timings = new ConcurrentHashMap<>();
    Latencies latencies = new Latencies();
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Applicant> opened = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      Applicant applicant = applicant(c);
      applicant.open();
      opened.add(applicant);
    }
    long start = System.nanoTime();
    List<Future<?>> done = new ArrayList<>();
    for (Applicant applicant : opened) {
      done.add(pool.submit(() -> {
        for (int n = next.getAndIncrement(); n < count; n = next.getAndIncrement()) {
          Map<String, Object> form = forms.apply(n);
          long t0 = System.nanoTime();
          Outcome outcome;
          try {
            outcome = applicant.submit(form);
          } catch (RuntimeException e) {
            outcome = new Outcome(-1, null, String.valueOf(e));
          }
          long took = System.nanoTime() - t0;
          latencies.record(took);
          timings.put(n, new Timing((t0 - start) / 1_000_000, took / 1_000_000));
          outcomes.put(n, outcome);
        }
        return null;
      }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    return new Rush(outcomes, timings, latencies, seconds);
  }

  /**
   * The public page: loaded once for the XSRF cookie, then each form posted with the token. The page
   * is loaded in {@link #open()}, as an applicant's browser loads it before the form is filled in,
   * so that each timing is one submission's answer.
   */
  private static final class PublicPageApplicant implements Applicant {
    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = newClient(cookies);

    PublicPageApplicant(String base) {
      this.base = base;
    }

    @Override
    public void open() {
      send(client, HttpRequest.newBuilder(URI.create(base + "/soknad")).GET());
    }

    @Override
    public Outcome submit(Map<String, Object> form) {
      String token = xsrfToken();
      if (token == null) {
        open();
        token = xsrfToken();
      }
      HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(base + "/api/soknad"))
          .header("Content-Type", "application/json")
          .header("X-XSRF-TOKEN", token == null ? "" : token)
          .POST(HttpRequest.BodyPublishers.ofString(json(form), StandardCharsets.UTF_8));
      HttpResponse<String> response = send(client, post);
      return new Outcome(response.statusCode(), field(response.body(), "caseNumber"), response.body());
    }

    private String xsrfToken() {
      return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
          .map(HttpCookie::getValue).reduce((first, last) -> last).orElse(null);
    }
  }

  /** Tasklist's start form: the form's variables as the engine REST API's typed variables, as an applicant. */
  private static final class TasklistApplicant implements Applicant {
    private final String base;
    private final String authorization;
    private final HttpClient client = newClient(new CookieManager());

    TasklistApplicant(String base, String authorization) {
      this.base = base;
      this.authorization = authorization;
    }

    @Override
    public Outcome submit(Map<String, Object> form) {
      HttpRequest.Builder post = HttpRequest.newBuilder(
              URI.create(base + "/engine-rest/process-definition/key/ClusterApplication/submit-form"))
          .header("Content-Type", "application/json")
          .header("Authorization", authorization)
          .POST(HttpRequest.BodyPublishers.ofString(RestVariables.body(form), StandardCharsets.UTF_8));
      HttpResponse<String> response = send(client, post);
      return new Outcome(response.statusCode(), field(response.body(), "businessKey"), response.body());
    }
  }

  private static HttpClient newClient(CookieManager cookies) {
    return HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(10))
        .followRedirects(HttpClient.Redirect.NEVER).build();
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
    try {
      return client.send(request.timeout(Duration.ofMinutes(2)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String json(Map<String, Object> form) {
    try {
      return JSON.writeValueAsString(form);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String field(String body, String name) {
    try {
      JsonNode node = JSON.readTree(body);
      JsonNode value = node == null ? null : node.get(name);
      return value == null || value.isNull() ? null : value.asText();
    } catch (IOException e) {
      return null;
    }
  }

  Map<String, Object> describe() {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("path", path);
    d.put("servers", bases);
    return d;
  }
}
