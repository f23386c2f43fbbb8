package no.klyngeprogrammet.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.klyngeprogrammet.identity.ProgrammeGroups;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The metrics tell how many cases there are and how the engine fares: only for administrators,
 * by HTTP basic with a Camunda user in camunda-admin, which is what a Prometheus scrape job sends.
 * A separate management port would hide them only as well as the network around it does.
 *
 * <p>The engine is looked up at the first request: filters are made when the web server starts,
 * and an engine made that early would create its tables before Flyway creates the project's.
 */
@Configuration
public class MetricsForAdministrators {

  static final String PATH = "/actuator/prometheus";

  @Bean
  public FilterRegistrationBean<OncePerRequestFilter> metricsAuthentication(ObjectProvider<IdentityService> identityServices) {
    var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        IdentityService identityService = identityServices.getObject();
        String[] credentials = ProgrammeStaffOnly.credentials(request.getHeader("Authorization"));
        if (credentials == null || !identityService.checkPassword(credentials[0], credentials[1])) {
          response.setHeader("WWW-Authenticate", "Basic realm=\"Klyngeprogrammet\", charset=\"UTF-8\"");
          response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
          return;
        }
        if (identityService.createGroupQuery().groupMember(credentials[0]).groupId(ProgrammeGroups.ADMINISTRATORS)
            .count() == 0) {
          response.sendError(HttpServletResponse.SC_FORBIDDEN);
          return;
        }
        chain.doFilter(request, response);
      }
    });
    registration.addUrlPatterns(PATH, PATH + "/*");
    return registration;
  }
}
