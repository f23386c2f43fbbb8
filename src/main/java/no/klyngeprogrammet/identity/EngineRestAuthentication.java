package no.klyngeprogrammet.identity;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The starter leaves {@code /engine-rest} open; every call there must carry HTTP basic
 * credentials of a Camunda user, and then runs with that user's authorizations.
 */
@Configuration
public class EngineRestAuthentication {

  static final String BASIC_AUTHENTICATION =
      "org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider";

  @Bean
  public FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("camunda-engine-rest-authentication");
    registration.addUrlPatterns("/engine-rest/*");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, BASIC_AUTHENTICATION);
    registration.setOrder(101);
    return registration;
  }
}
