package no.klyngeprogrammet.form;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;

/**
 * Puts {@link FormSubmissionFilter} in front of both doors to the engine's REST API: the public
 * {@code /engine-rest} and the webapps' own {@code /camunda/api/engine}, which Tasklist uses.
 *
 * <p>The filter must run after the authentication of both, so that it sees the caller. Spring Boot
 * adds every {@code FilterRegistrationBean} before any other initializer, so the webapps' filters,
 * which Camunda's webapp initializer appends to the chain, would come after one. This initializer
 * instead runs after Camunda's (an auto-configuration after Camunda's, at the same lowest precedence)
 * and appends the filter behind them. {@code TaskFormTamperingTest} goes through both doors, and the
 * filter refuses rather than guesses when it finds no caller.
 */
@AutoConfiguration(after = CamundaBpmWebappAutoConfiguration.class)
public class FormSubmissionAutoConfiguration {

  @Bean
  public ServletContextInitializer formSubmissionFilter(ObjectProvider<ProcessEngine> engine,
      ObjectMapper objectMapper, FormProperties properties) {
    // The engine is looked up at the first request: filters are made before the database is migrated.
    return servletContext -> servletContext.addFilter("klynge-form-submissions",
            new FormSubmissionFilter(engine::getObject, objectMapper, properties.maxBodySize().toBytes()))
        .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/engine-rest/*", "/camunda/api/engine/*");
  }
}
