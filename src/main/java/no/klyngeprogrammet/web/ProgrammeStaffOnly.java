package no.klyngeprogrammet.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import no.klyngeprogrammet.identity.ProgrammeGroups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The registry and the staff's case endpoints are for the programme office: HTTP basic with a Camunda user in case-officers or
 * camunda-admin. The engine's own password check applies, with its throttling of failed logins.
 */
@Component
public class ProgrammeStaffOnly implements HandlerInterceptor {

  /** The request attribute that names the staff member a request was let through for. */
  public static final String USER = "no.klyngeprogrammet.web.ProgrammeStaffOnly.user";

  static final Set<String> ALLOWED = Set.of(ProgrammeGroups.CASE_OFFICERS, ProgrammeGroups.ADMINISTRATORS);

  private final IdentityService identityService;

  public ProgrammeStaffOnly(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    String[] credentials = credentials(request.getHeader("Authorization"));
    if (credentials == null || !identityService.checkPassword(credentials[0], credentials[1])) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"Klyngeprogrammet\", charset=\"UTF-8\"");
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      return false;
    }
    boolean staff = identityService.createGroupQuery().groupMember(credentials[0]).list().stream()
        .map(Group::getId).anyMatch(ALLOWED::contains);
    if (!staff) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      return false;
    }
    request.setAttribute(USER, credentials[0]);
    return true;
  }

  private static String[] credentials(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
