package no.klyngeprogrammet.review;

import java.util.HashSet;
import java.util.Set;
import no.klyngeprogrammet.config.ShownInTasks;
import org.springframework.stereotype.Component;

/**
 * What "Vurder søknaden" (the application's content with the register's checks) and "Tildel
 * fagvurderere" (the level) show from the application's snapshot: the snapshot and
 * {@code register_check} are the record, so the engine keeps no history of the task's copies. The
 * content's keys are named too: review tasks from before it became one variable hold each as a copy
 * of its own until {@link ReviewContentUpgrade} removes them.
 */
@Component
class ReviewTaskCopies implements ShownInTasks {

  @Override
  public Set<String> names() {
    Set<String> names = new HashSet<>(ReviewTaskListener.CONTENT_KEYS);
    names.add(ReviewTaskListener.CONTENT);
    return names;
  }
}
