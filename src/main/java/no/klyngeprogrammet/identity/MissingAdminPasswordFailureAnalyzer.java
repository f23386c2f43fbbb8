package no.klyngeprogrammet.identity;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing administrator password into a short, clear start-up message. */
public class MissingAdminPasswordFailureAnalyzer extends AbstractFailureAnalyzer<MissingAdminPasswordException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, MissingAdminPasswordException cause) {
    return new FailureAnalysis(
        "The administrator's password is missing, so the application will not start without a way to administer it.",
        "Set KLYNGE_ADMIN_PASSWORD in the environment (for example in docker-compose.yml or the service's "
            + "environment file) and start again.",
        cause);
  }
}
