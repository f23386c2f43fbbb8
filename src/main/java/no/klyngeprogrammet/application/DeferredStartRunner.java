package no.klyngeprogrammet.application;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Starts the deferred versions ({@link DeferredStarts}) once the intake has quietened, or once the
 * longest-waiting one has waited {@link IntakeProperties#deferredStartWithin()}, whichever comes
 * first: in a rush the applicants' answers go first, and the engine catches up right after.
 */
@Component
class DeferredStartRunner {

  private static final Logger log = LoggerFactory.getLogger(DeferredStartRunner.class);
  private static final int BATCH = 100;

  private final DeferredStarts starts;
  private final IntakeLoad load;
  private final IntakeProperties properties;
  private final Clock clock;

  DeferredStartRunner(DeferredStarts starts, IntakeLoad load, IntakeProperties properties, Clock clock) {
    this.starts = starts;
    this.load = load;
    this.properties = properties;
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "${klynge.intake.deferred-start-poll:PT1S}",
      initialDelayString = "${klynge.intake.deferred-start-poll:PT1S}")
  void startWhatWaits() {
    int started = 0;
    boolean progress = true;
    while (progress && mayStartNow()) {
      progress = false;
      for (String caseNumber : starts.waitingCases(BATCH)) {
        if (!mayStartNow()) {
          break;
        }
        int versions = start(caseNumber);
        started += versions;
        progress |= versions > 0;
      }
    }
    if (started > 0) {
      log.info("Started the processes of {} submissions taken in while the intake was busy", started);
    }
  }

  private boolean mayStartNow() {
    if (load.quiet()) {
      return true;
    }
    Instant oldest = starts.oldestWaiting().orElse(null);
    return oldest != null && !oldest.plus(properties.deferredStartWithin()).isAfter(clock.instant());
  }

  /**
   * A start that fails (a lost race with the previous version's process, say) is tried again at the
   * next poll; the other cases do not wait for it.
   */
  private int start(String caseNumber) {
    try {
      return starts.startCase(caseNumber);
    } catch (RuntimeException e) {
      log.warn("The deferred start of {} failed and is tried again at the next poll: {}", caseNumber, e.toString());
      return 0;
    }
  }
}
