package no.klyngeprogrammet.web;

import jakarta.ws.rs.core.FeatureContext;
import java.util.List;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Adds the project's exception mapping to every JAX-RS application the engine's REST API is served
 * by: {@code /engine-rest}, and the webapps' {@code /camunda/api/engine}, through which Tasklist
 * starts processes and sends task forms. A refused form, a lost race and an unreadable body are
 * answered alike on both, with the status and the Norwegian message, never a 500.
 *
 * <p>The webapps' applications are built by Camunda's webapp initializer, out of reach of Spring's
 * Jersey configuration; Jersey applies a {@link ForcedAutoDiscoverable} listed in
 * {@code META-INF/services} to every application it runs (Jersey user guide, <i>Application
 * Deployment and Runtime Environments → Auto-Discoverable Features</i>).
 */
public class RestAnswers implements ForcedAutoDiscoverable {

  static final List<Class<?>> MAPPERS = List.of(RestExceptionMapper.class, EngineExceptionMapper.class,
      JsonErrorMappers.NotJson.class, JsonErrorMappers.WrongShape.class, JsonErrorMappers.Unreadable.class);

  @Override
  public void configure(FeatureContext context) {
    MAPPERS.stream().filter(mapper -> !context.getConfiguration().isRegistered(mapper)).forEach(context::register);
  }
}
