package no.klyngeprogrammet.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import no.klyngeprogrammet.application.ApplicationProperties;
import no.klyngeprogrammet.application.ReceiptLetter;
import no.klyngeprogrammet.application.SubmissionValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Before this node reports itself ready (Spring Boot's readiness state), it sends its own public
 * page {@value #ROUNDS} applications that the intake refuses, over HTTP, as an applicant would. They
 * take the submission's whole path up to the rule that refuses them: the web server, the page's
 * guard, JSON, the engine's start form and the intake's validation, and the refusal's answer. A
 * node restarted while applicants submit then does not make its first applicants wait while the JVM
 * loads and compiles that path (docs/benchmarks.md, issue 16).
 *
 * <p>Each is a complete application with one field the form does not have, so the validator
 * refuses it after checking every other rule, and nothing is stored, sent or counted as a
 * submission: a refused submission rolls its whole start back.
 *
 * <p>Then it rehearses the receipt the same application would get, rendered and composed as a mail
 * but never sent, stored or logged ({@link ReceiptLetter#rehearse}). The first receipts otherwise
 * load the template engine and the mail classes in the job threads while the first applicants wait
 * on the same cores.
 *
 * <p>A warm-up that fails is logged and the node starts anyway; it only makes the first answers
 * faster. How long it took, and whether it warmed, is the metric {@value #METRIC}.
 */
@Component
@ConditionalOnProperty(name = "klynge.public.warm-up", havingValue = "true", matchIfMissing = true)
public class SubmissionWarmUp implements ApplicationRunner {

  /** The field that makes the warm-up's applications refused: the form does not have it. */
  public static final String MARKER = "oppvarming";
  public static final int ROUNDS = 3;
  /** Tagged {@code outcome}: {@code warmed}, or {@code failed} when a submission did not get its refusal. */
  public static final String METRIC = "klynge.submission.warmup";

  private static final Logger LOG = LoggerFactory.getLogger(SubmissionWarmUp.class);

  private final ApplicationContext context;
  private final CsrfTokens csrf;
  private final ObjectMapper objectMapper;
  private final MeterRegistry meters;
  private final ReceiptLetter receipts;
  private final ApplicationProperties limits;

  SubmissionWarmUp(ApplicationContext context, CsrfTokens csrf, ObjectMapper objectMapper, MeterRegistry meters,
      ReceiptLetter receipts, ApplicationProperties limits) {
    this.context = context;
    this.csrf = csrf;
    this.objectMapper = objectMapper;
    this.meters = meters;
    this.receipts = receipts;
    this.limits = limits;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!(context instanceof WebServerApplicationContext web) || web.getWebServer() == null
        || web.getWebServer().getPort() <= 0) {
      return;
    }
    URI submit = URI.create("http://localhost:" + web.getWebServer().getPort()
        + context.getEnvironment().getProperty("server.servlet.context-path", "") + PublicEndpointGuard.SUBMIT_PATH);
    long start = System.nanoTime();
    boolean warmed = false;
    try {
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      byte[] body = objectMapper.writeValueAsBytes(refusedApplication());
      for (int round = 0; round < ROUNDS; round++) {
        String token = csrf.issue();
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(submit)
            .timeout(Duration.ofSeconds(30))
            .header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
            .header(CsrfTokens.HEADER, token)
            .header(HttpHeaders.COOKIE, CsrfTokens.COOKIE + "=" + token)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 400 || !answer.body().contains(MARKER)) {
          LOG.warn("The submission warm-up got {} instead of its refusal; the node starts unwarmed", answer.statusCode());
          return;
        }
      }
      receipts.rehearse(SubmissionValidator.validate(application(), limits));
      warmed = true;
      LOG.info("Submission path warmed with {} refused applications and a receipt in {} ms", ROUNDS,
          (System.nanoTime() - start) / 1_000_000);
    } catch (IOException | RuntimeException e) {
      LOG.warn("The submission warm-up failed; the node starts unwarmed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      Timer.builder(METRIC).description("How long this node took to warm its submission path before it was ready")
          .tag("outcome", warmed ? "warmed" : "failed").register(meters)
          .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
    }
  }

  /** The application with the field that makes the intake refuse it. */
  static Map<String, Object> refusedApplication() {
    Map<String, Object> form = application();
    form.put(MARKER, true);
    return form;
  }

  /** Valid in every field the form has, with organisation numbers that pass the check digit. */
  static Map<String, Object> application() {
    List<Map<String, Object>> members = new ArrayList<>();
    members.add(member("Oppvarming Søker AS", "999999905", "INDUSTRY"));
    members.add(member("Oppvarming Bedrift AS", "999999891", "INDUSTRY"));
    members.add(member("Oppvarming Universitet", "999999883", "KNOWLEDGE"));
    members.add(member("Oppvarming Fylkeskommune", "999999875", "PUBLIC"));
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("clusterName", "Oppvarming av søknadsmottaket");
    form.put("level", "ARENA");
    form.put("applicantName", "Oppvarming Søker AS");
    form.put("applicantOrgNumber", "999999905");
    form.put("contactName", "Ærlig Østby Åsen");
    form.put("contactEmail", "oppvarming@klyngeprogrammet.invalid");
    form.put("contactPhone", "+47 912 34 567");
    form.put("members", members);
    form.put("vision", "Ingen: denne søknaden avvises alltid.");
    form.put("focusAreas", "Ingen");
    form.put("projectDescription", "Ingen");
    form.put("projectEffect", "Ingen");
    form.put("programmeContribution", "Ingen");
    form.put("implementationPlan", "Ingen");
    form.put("budgetPerYear", 4_000_000);
    form.put("amountApplied", 2_000_000);
    form.put("ownFinancing", 2_000_000);
    form.put("intendsNce", false);
    return form;
  }

  private static Map<String, Object> member(String name, String orgNumber, String actorKind) {
    Map<String, Object> member = new LinkedHashMap<>();
    member.put("name", name);
    member.put("orgNumber", orgNumber);
    member.put("actorKind", actorKind);
    return member;
  }
}
