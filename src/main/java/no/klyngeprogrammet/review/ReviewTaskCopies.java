package no.klyngeprogrammet.review;

import java.util.Set;
import no.klyngeprogrammet.application.ApplicationVariables;
import no.klyngeprogrammet.config.ShownInTasks;
import org.springframework.stereotype.Component;

/**
 * What "Vurder søknaden" (the application's content with the register's checks) and "Tildel
 * fagvurderere" (the level) show from the application's snapshot: the snapshot and
 * {@code register_check} are the record, so the engine keeps no history of the task's copies.
 */
@Component
class ReviewTaskCopies implements ShownInTasks {

  @Override
  public Set<String> names() {
    return Set.of(ReviewTaskListener.CONTENT, ApplicationVariables.LEVEL);
  }
}
