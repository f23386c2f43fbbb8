package no.klyngeprogrammet.identity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Stops start-up before anything connects anywhere when no administrator password is configured:
 * an installation without one could not be administered.
 */
public class AdminPasswordCheck implements EnvironmentPostProcessor {

  static final String PROPERTY = "klynge.identity.admin-password";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    String password = environment.getProperty(PROPERTY);
    if (password == null || password.isBlank()) {
      throw new MissingAdminPasswordException();
    }
  }
}
