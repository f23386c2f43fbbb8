package no.klyngeprogrammet.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.slf4j.MDC;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts the case number of a request that concerns one case into the log context under the key the
 * engine uses for its steps ({@code camunda.bpm.generic-properties.properties.logging-context-business-key}),
 * so that every line logged while serving it reads like a line of the case's process. A path that
 * names the case sets it at once; a controller that learns the case later (from a status token, or
 * from the intake) calls {@link #forCase}. The key is removed when the request completes, so a
 * server thread never carries it into the next request.
 */
@Configuration
public class CaseLogContext implements HandlerInterceptor, WebMvcConfigurer {

  static final String BUSINESS_KEY = "businessKey";

  public static void forCase(String caseNumber) {
    MDC.put(BUSINESS_KEY, caseNumber);
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
        && variables.get("caseNumber") instanceof String caseNumber) {
      forCase(caseNumber);
    }
    return true;
  }

  @Override
  public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
    MDC.remove(BUSINESS_KEY);
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).addPathPatterns("/api/saker/**", "/status/**", PublicApplicationController.SUBMIT_PATH);
  }
}
