package no.klyngeprogrammet.register;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Looks up again, every {@code recheck-every}, the organisations the register could not answer for. */
@Component
class RegisterRecheckJob {

  private static final Logger log = LoggerFactory.getLogger(RegisterRecheckJob.class);

  private final RegisterChecks checks;

  RegisterRecheckJob(RegisterChecks checks) {
    this.checks = checks;
  }

  @Scheduled(fixedDelayString = "${klynge.enhetsregisteret.recheck-every:PT1M}",
      initialDelayString = "${klynge.enhetsregisteret.recheck-every:PT1M}")
  void recheckDue() {
    int answered = checks.recheckDue();
    if (answered > 0) {
      log.info("Enhetsregisteret answered for {} organisations it could not be asked about before", answered);
    }
  }
}
