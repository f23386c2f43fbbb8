package no.klyngeprogrammet.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.ZoneId;
import no.klyngeprogrammet.application.StatusLinkLetter;
import no.klyngeprogrammet.application.StatusLinks;
import no.klyngeprogrammet.config.NorwegianFormat;
import no.klyngeprogrammet.status.CaseState;
import no.klyngeprogrammet.status.CaseStatusView;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * {@code /status/{token}}: an applicant follows the case through the personal link from the receipt.
 * A wrong, revoked or missing token all get the same 404 page, so the page tells nothing about
 * tokens or cases.
 *
 * <p>For the programme office (HTTP basic, case officers and administrators):
 * {@code POST /api/saker/{caseNumber}/statuslenke/tilbakekall} revokes every link of the case, and
 * {@code POST /api/saker/{caseNumber}/statuslenke} sends a new one to the case's contact person.
 */
@Controller
public class StatusController {

  static final String NO_SUCH_LINK = "Lenken til saken er ugyldig eller trukket tilbake. Bruk lenken i den siste "
      + "e-posten fra Klyngeprogrammet, eller be programledelsen om en ny lenke.";

  private final StatusLinks links;
  private final CaseStatusView statuses;
  private final StatusLinkLetter letter;
  private final ZoneId zone;

  public StatusController(StatusLinks links, CaseStatusView statuses, StatusLinkLetter letter, ZoneId programmeZone) {
    this.links = links;
    this.statuses = statuses;
    this.letter = letter;
    this.zone = programmeZone;
  }

  public record Revoked(String caseNumber, int revokedLinks) {}

  public record Sent(String caseNumber, String sentTo) {}

  @GetMapping({"/status", "/status/"})
  public String missing(Model model, HttpServletResponse response) {
    return noSuchLink(model, response);
  }

  @GetMapping("/status/{token}")
  public String status(@PathVariable String token, Model model, HttpServletResponse response) {
    response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
    // The token is the only secret in the address: keep it out of Referer headers to other sites.
    response.setHeader("Referrer-Policy", "no-referrer");
    var caseNumber = links.caseOf(token);
    caseNumber.ifPresent(CaseLogContext::forCase);
    var status = caseNumber.flatMap(statuses::of);
    if (status.isEmpty()) {
      return noSuchLink(model, response);
    }
    model.addAttribute("status", status.get());
    // Until the deadline the case takes new versions; the link proves the case is the submitter's.
    model.addAttribute("newVersionUrl",
        status.get().state() == CaseState.RECEIVED ? PublicApplicationController.newVersionPath(token) : null);
    model.addAttribute("receivedAt", text(status.get().receivedAt()));
    model.addAttribute("letters", status.get().letters().stream()
        .map(sent -> new String[] {sent.label(), text(sent.sentAt())}).toList());
    return "case-status";
  }

  @PostMapping(path = "/api/saker/{caseNumber}/statuslenke/tilbakekall", produces = "application/json")
  @ResponseBody
  @Transactional
  public ResponseEntity<?> revoke(@PathVariable String caseNumber, @RequestAttribute(ProgrammeStaffOnly.USER) String user) {
    if (statuses.of(caseNumber).isEmpty()) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new Message("Fant ingen sak med saksnummer " + caseNumber + "."));
    }
    return ResponseEntity.ok(new Revoked(caseNumber, links.revokeAll(caseNumber, user)));
  }

  @PostMapping(path = "/api/saker/{caseNumber}/statuslenke", produces = "application/json")
  @ResponseBody
  public ResponseEntity<?> sendNew(@PathVariable String caseNumber) {
    return letter.send(caseNumber)
        .<ResponseEntity<?>>map(sentTo -> ResponseEntity.status(HttpStatus.CREATED).body(new Sent(caseNumber, sentTo)))
        .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
            .body(new Message("Fant ingen sak med saksnummer " + caseNumber + ".")));
  }

  public record Message(String message) {}

  private String text(Instant instant) {
    return NorwegianFormat.dateTime(instant, zone);
  }

  private static String noSuchLink(Model model, HttpServletResponse response) {
    response.setStatus(HttpStatus.NOT_FOUND.value());
    model.addAttribute("message", NO_SUCH_LINK);
    return "status-link-invalid";
  }

  @Configuration
  static class Protection implements WebMvcConfigurer {

    private final ProgrammeStaffOnly staffOnly;

    Protection(ProgrammeStaffOnly staffOnly) {
      this.staffOnly = staffOnly;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
      registry.addInterceptor(staffOnly).addPathPatterns("/api/saker/**");
    }
  }
}
