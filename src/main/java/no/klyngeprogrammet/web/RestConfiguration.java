package no.klyngeprogrammet.web;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Adds the project's exception mapping to the engine's REST API: field errors, and unreadable bodies without internals. */
@Configuration
public class RestConfiguration {

  @Bean
  public ResourceConfigCustomizer validationExceptionMapping() {
    return config -> {
      config.register(ValidationExceptionMapper.class);
      config.register(JsonErrorMappers.NotJson.class);
      config.register(JsonErrorMappers.WrongShape.class);
      config.register(JsonErrorMappers.Unreadable.class);
    };
  }
}
