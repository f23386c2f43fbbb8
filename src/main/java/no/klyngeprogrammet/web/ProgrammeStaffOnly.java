package no.klyngeprogrammet.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import no.klyngeprogrammet.identity.ProgrammeGroups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The registry and the staff's case endpoints are for the programme office: a Camunda user in
 * case-officers or camunda-admin, logged in to the Camunda webapps (Tasklist) in the same browser
 * session, or sending HTTP basic as scripts do. The engine's own password check applies, with its
 * throttling of failed logins. A browser asking for a page without either is sent to Tasklist's
 * login instead of the browser's password prompt.
 */
@Component
public class ProgrammeStaffOnly implements HandlerInterceptor {

  /** Where a browser without a session logs in. */
  public static final String LOGIN = "/camunda/app/tasklist/default/";

  /** The request attribute that names the staff member a request was let through for. */
  public static final String USER = "no.klyngeprogrammet.web.ProgrammeStaffOnly.user";

  private static final String ENGINE = "default";

  static final Set<String> ALLOWED = Set.of(ProgrammeGroups.CASE_OFFICERS, ProgrammeGroups.ADMINISTRATORS);

  private final IdentityService identityService;
  private final Set<String> allowed;

  @Autowired
  public ProgrammeStaffOnly(IdentityService identityService) {
    this(identityService, ALLOWED);
  }

  private ProgrammeStaffOnly(IdentityService identityService, Set<String> allowed) {
    this.identityService = identityService;
    this.allowed = allowed;
  }

  /** The same check for the members of one group only. */
  public ProgrammeStaffOnly onlyFor(String group) {
    return new ProgrammeStaffOnly(identityService, Set.of(group));
  }

  /** The same check, letting members of one more group through as well. */
  public ProgrammeStaffOnly alsoFor(String group) {
    Set<String> more = new HashSet<>(allowed);
    more.add(group);
    return new ProgrammeStaffOnly(identityService, Set.copyOf(more));
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws IOException {
    // A browser sends remembered basic credentials along with a form another site posts; browsers
    // mark such requests, and a change made by staff never comes from another site.
    if (!"GET".equals(request.getMethod()) && "cross-site".equals(request.getHeader("Sec-Fetch-Site"))) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      return false;
    }
    String user = webappUser(request);
    if (user == null) {
      String[] credentials = credentials(request.getHeader("Authorization"));
      if (credentials != null && identityService.checkPassword(credentials[0], credentials[1])) {
        user = credentials[0];
      }
    }
    if (user == null) {
      String accept = request.getHeader("Accept");
      if ("GET".equals(request.getMethod()) && request.getHeader("Authorization") == null && accept != null
          && accept.contains("text/html")) {
        response.sendRedirect(request.getContextPath() + LOGIN);
        return false;
      }
      response.setHeader("WWW-Authenticate", "Basic realm=\"Klyngeprogrammet\", charset=\"UTF-8\"");
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      return false;
    }
    boolean staff = identityService.createGroupQuery().groupMember(user).list().stream()
        .map(Group::getId).anyMatch(allowed::contains);
    if (!staff) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      return false;
    }
    request.setAttribute(USER, user);
    return true;
  }

  /**
   * The user logged in to the Camunda webapps in this session, for the engine the webapps serve.
   * Read with the webapps' own session accessor, as their authentication filter does.
   */
  static String webappUser(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    if (authentications == null) {
      return null;
    }
    Authentication authentication = authentications.getAuthenticationForProcessEngine(ENGINE);
    return authentication == null ? null : authentication.getIdentityId();
  }

  static String[] credentials(String header) {
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
