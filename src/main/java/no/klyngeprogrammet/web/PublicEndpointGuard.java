package no.klyngeprogrammet.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * In front of the public endpoints, before any body is read: the rate limit per client address,
 * then for submissions the CSRF token and the declared size. A body sent without a declared length
 * is counted where it is read ({@link PublicApplicationController}).
 *
 * <p>Submissions have two limits per address: every request counts against a high one that stops a
 * flood, and only an accepted submission counts against the low one, so that an applicant who is
 * refused and corrects the form is never locked out by the corrections.
 *
 * <p>The client address is the connection's, or behind a reverse proxy on an internal address the
 * one the proxy forwards ({@code server.forward-headers-strategy}).
 */
public class PublicEndpointGuard extends OncePerRequestFilter {

  static final String SUBMIT_PATH = "/api/soknad";
  static final String TOO_MANY_SUBMISSIONS =
      "For mange innsendinger fra din adresse på kort tid. Vent noen minutter og prøv igjen.";
  static final String TOO_MANY_LOOKUPS = "For mange oppslag fra din adresse på kort tid. Vent noen minutter og prøv igjen.";
  static final String BAD_CSRF_TOKEN =
      "Innsendingen kom ikke fra søknadsskjemaet, eller skjemaet er for gammelt. Last inn siden på nytt og send igjen. "
          + "Det du har fylt ut, er ikke lagret.";

  private final ClientRateLimit submissions;
  private final ClientRateLimit requests;
  private final ClientRateLimit lookups;
  private final CsrfTokens csrf;
  private final PublicProperties properties;
  private final ObjectMapper objectMapper;

  public PublicEndpointGuard(PublicProperties properties, CsrfTokens csrf, ObjectMapper objectMapper, Clock clock) {
    this.properties = properties;
    this.csrf = csrf;
    this.objectMapper = objectMapper;
    this.submissions = new ClientRateLimit(properties.submissionsPerWindow(), properties.window(), clock);
    this.requests = new ClientRateLimit(properties.requestsPerWindow(), properties.window(), clock);
    this.lookups = new ClientRateLimit(properties.statusLookupsPerWindow(), properties.window(), clock);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean submission = SUBMIT_PATH.equals(request.getRequestURI()) && "POST".equals(request.getMethod());
    if (submission) {
      String address = request.getRemoteAddr();
      if (!requests.tryTake(address)) {
        tooManySubmissions(response, requests);
        return;
      }
      if (!csrf.matches(request.getHeader(CsrfTokens.HEADER), tokenCookies(request))) {
        json(response, HttpStatus.FORBIDDEN, BAD_CSRF_TOKEN);
        return;
      }
      if (request.getContentLengthLong() > properties.maxBodySize().toBytes()) {
        // Tomcat then drops the connection rather than read the rest of a large body.
        response.setHeader("Connection", "close");
        json(response, HttpStatus.PAYLOAD_TOO_LARGE, PublicApplicationController.tooLarge(properties));
        return;
      }
      // Taken before the submission runs, so that parallel requests cannot pass the limit together,
      // and given back unless the submission was accepted.
      if (!submissions.tryTake(address)) {
        tooManySubmissions(response, submissions);
        return;
      }
      boolean accepted = false;
      try {
        chain.doFilter(request, response);
        accepted = HttpStatus.valueOf(response.getStatus()).is2xxSuccessful();
      } finally {
        if (!accepted) {
          submissions.giveBack(address);
        }
      }
      return;
    } else if (request.getRequestURI().startsWith("/status") && !lookups.tryTake(request.getRemoteAddr())) {
      response.setHeader("Retry-After", Long.toString(lookups.retryAfterSeconds()));
      response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
      response.setContentType("text/html;charset=UTF-8");
      response.getOutputStream().write(("<!DOCTYPE html><html lang=\"nb\"><head><meta charset=\"UTF-8\">"
          + "<title>For mange oppslag – Klyngeprogrammet</title></head><body><main><h1>For mange oppslag</h1><p>"
          + HtmlUtils.htmlEscape(TOO_MANY_LOOKUPS) + "</p></main></body></html>").getBytes(StandardCharsets.UTF_8));
      return;
    }
    chain.doFilter(request, response);
  }

  private void tooManySubmissions(HttpServletResponse response, ClientRateLimit limit) throws IOException {
    response.setHeader("Retry-After", Long.toString(limit.retryAfterSeconds()));
    json(response, HttpStatus.TOO_MANY_REQUESTS, TOO_MANY_SUBMISSIONS);
  }

  private static List<String> tokenCookies(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    return cookies == null ? List.of() : Arrays.stream(cookies)
        .filter(cookie -> CsrfTokens.COOKIE.equals(cookie.getName())).map(Cookie::getValue).toList();
  }

  private void json(HttpServletResponse response, HttpStatus status, String message) throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    objectMapper.writeValue(response.getOutputStream(), Map.of("message", message, "fieldErrors", List.of()));
  }
}
