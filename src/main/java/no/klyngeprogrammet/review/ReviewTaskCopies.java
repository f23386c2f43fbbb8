package no.klyngeprogrammet.review;

import java.util.HashSet;
import java.util.Set;
import no.klyngeprogrammet.config.ShownInTasks;
import org.springframework.stereotype.Component;

/**
 * What "Vurder søknaden" and "Tildel fagvurderere" show from the application's snapshot and the
 * register's checks: the snapshot and {@code register_check} are the record, so the engine keeps
 * no history of the task's copies.
 */
@Component
class ReviewTaskCopies implements ShownInTasks {

  @Override
  public Set<String> names() {
    Set<String> names = new HashSet<>(ReviewTaskListener.CONTENT);
    names.add(MembersInRegister.VARIABLE);
    return names;
  }
}
