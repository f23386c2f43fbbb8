package no.klyngeprogrammet.web;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.klyngeprogrammet.application.PublicSubmissions;
import no.klyngeprogrammet.application.StatusLinks;
import no.klyngeprogrammet.validation.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The public application page {@code /soknad} for applicants without an account. It renders the
 * same {@code processes/application.form} that Tasklist shows, with the form-js viewer, and submits
 * it as JSON to {@code POST /api/soknad}, which runs the start form's validation and intake.
 *
 * <p>Answers: 201 with the case number, the time received (ISO 8601, Oslo offset) and the status
 * page's address; 400 with the broken rules field by field; 403 without the page's CSRF token; 413
 * for too large a body; 415 for a body that is not JSON; 429 past the rate limit.
 */
@Controller
public class PublicApplicationController {

  private static final Logger LOG = LoggerFactory.getLogger(PublicApplicationController.class);

  static final String FORM = "processes/application.form";
  /** Carries a case's status token with a new version of the case, from the page's script. */
  public static final String STATUS_TOKEN_HEADER = "X-Status-Token";
  static final String SUBMIT_PATH = PublicEndpointGuard.SUBMIT_PATH;
  static final String NOT_JSON = "Søknaden må sendes som JSON (Content-Type: application/json).";
  static final String MALFORMED = "Søknaden kunne ikke leses: innholdet er ikke gyldig JSON.";
  static final String NOT_AN_OBJECT = "Søknaden må være et JSON-objekt med skjemaets felt som nøkler.";
  static final String FAILED = "Søknaden kunne ikke tas imot på grunn av en feil hos oss, og ingenting er lagret. "
      + "Prøv igjen senere.";

  private final PublicSubmissions submissions;
  private final CsrfTokens csrf;
  private final PublicProperties properties;
  private final ObjectMapper objectMapper;
  private final ZoneId zone;

  public PublicApplicationController(PublicSubmissions submissions, CsrfTokens csrf, PublicProperties properties,
      ObjectMapper objectMapper, ZoneId programmeZone) {
    this.submissions = submissions;
    this.csrf = csrf;
    this.properties = properties;
    this.objectMapper = objectMapper;
    this.zone = programmeZone;
  }

  public record Receipt(String caseNumber, String receivedAt, String statusUrl) {}

  public record Refusal(String message, List<Field> fieldErrors) {

    /** One broken rule: the field's key, its label, the rule, and both together as Tasklist shows them. */
    public record Field(String field, String label, String rule, String message) {}

    static Refusal of(String message) {
      return new Refusal(message, List.of());
    }

    static Refusal of(ValidationException invalid) {
      return new Refusal(invalid.getMessage(), invalid.errors().stream()
          .map(e -> new Field(e.field(), e.label(), e.message(), e.describe())).toList());
    }
  }

  @GetMapping("/soknad")
  public String page(HttpServletRequest request, HttpServletResponse response, Model model) {
    String token = csrf.issue();
    // HttpOnly: the page reads the token from its own markup, so no script needs the cookie, and
    // Tasklist's script, which reads a cookie of the same name under /camunda, never sees this one.
    response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(CsrfTokens.COOKIE, token)
        .path("/").httpOnly(true).sameSite("Strict").secure(request.isSecure()).build().toString());
    response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
    model.addAttribute("csrfToken", token);
    model.addAttribute("csrfHeader", CsrfTokens.HEADER);
    return "apply";
  }

  /** The application form itself, read from the classpath where the engine deploys it from. */
  @GetMapping(path = "/soknad/skjema", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  public ResponseEntity<byte[]> form() throws IOException {
    try (InputStream in = new ClassPathResource(FORM).getInputStream()) {
      return ResponseEntity.ok().cacheControl(CacheControl.noCache()).contentType(MediaType.APPLICATION_JSON)
          .body(in.readAllBytes());
    }
  }

  @PostMapping(SUBMIT_PATH)
  @ResponseBody
  public ResponseEntity<?> submit(HttpServletRequest request) throws IOException {
    if (!isJson(request.getContentType())) {
      return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(Refusal.of(NOT_JSON));
    }
    long max = properties.maxBodySize().toBytes();
    byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 1, max) + 1);
    if (body.length > max) {
      return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).header(HttpHeaders.CONNECTION, "close")
          .body(Refusal.of(tooLarge(properties)));
    }
    Object parsed;
    try {
      parsed = objectMapper.readValue(body, Object.class);
    } catch (JacksonException e) {
      return ResponseEntity.badRequest().body(Refusal.of(MALFORMED));
    }
    if (!(parsed instanceof Map<?, ?> map)) {
      return ResponseEntity.badRequest().body(Refusal.of(NOT_AN_OBJECT));
    }
    Map<String, Object> form = new LinkedHashMap<>();
    map.forEach((key, value) -> form.put((String) key, value));
    try {
      var receipt = submissions.submit(form, request.getHeader(STATUS_TOKEN_HEADER));
      CaseLogContext.forCase(receipt.caseNumber());
      String statusUrl = StatusLinks.path(receipt.statusToken());
      return ResponseEntity.status(HttpStatus.CREATED).header(HttpHeaders.LOCATION, statusUrl)
          .body(new Receipt(receipt.caseNumber(),
              DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(receipt.receivedAt().atZone(zone)), statusUrl));
    } catch (RuntimeException e) {
      var invalid = ValidationException.findIn(e);
      if (invalid.isPresent()) {
        return ResponseEntity.badRequest().body(Refusal.of(invalid.get()));
      }
      throw e;
    }
  }

  /** Whatever else fails is logged here and answered without any detail. */
  @ExceptionHandler(Exception.class)
  @ResponseBody
  public ResponseEntity<Refusal> failed(Exception e) {
    LOG.error("A public submission failed", e);
    return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType(MediaType.APPLICATION_JSON)
        .body(Refusal.of(FAILED));
  }

  private static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    try {
      return MediaType.APPLICATION_JSON.equalsTypeAndSubtype(MediaType.parseMediaType(contentType));
    } catch (InvalidMediaTypeException e) {
      return false;
    }
  }

  /**
   * The public page opened to submit a new version of the token's case. The token goes in the
   * fragment, which browsers never send to a server, so no access log or proxy records it.
   */
  static String newVersionPath(String token) {
    return "/soknad#statuslenke=" + token;
  }

  static String tooLarge(PublicProperties properties) {
    return "Søknaden er for stor: den kan være på høyst " + properties.maxBodySize().toKilobytes() + " kB.";
  }

  @Configuration
  static class Guard {

    @Bean
    FilterRegistrationBean<PublicEndpointGuard> publicEndpointGuard(PublicProperties properties, CsrfTokens csrf,
        ObjectMapper objectMapper, Clock clock) {
      var registration = new FilterRegistrationBean<>(new PublicEndpointGuard(properties, csrf, objectMapper, clock));
      registration.setName("public-endpoint-guard");
      registration.addUrlPatterns(SUBMIT_PATH, "/status", "/status/*");
      return registration;
    }
  }
}
