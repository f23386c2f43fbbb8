package no.klyngeprogrammet.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Writes one line after each handler, as any code serving a request might, at DEBUG so that only
 * a test that turns it on sees it. Part of every test's context: a test-only bean in one suite
 * would make a second application context, whose engine then answers the others' REST calls.
 */
@TestConfiguration
public class RequestLogLine implements WebMvcConfigurer, HandlerInterceptor {

  static final Logger LOG = LoggerFactory.getLogger(RequestLogLine.class);

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this);
  }

  @Override
  public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
      ModelAndView modelAndView) {
    if (LOG.isDebugEnabled()) {
      LOG.debug("Served {} {}", request.getMethod(), request.getRequestURI().replaceFirst("^/status/.+", "/status/…"));
    }
  }
}
