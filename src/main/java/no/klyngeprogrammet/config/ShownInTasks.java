package no.klyngeprogrammet.config;

import java.util.Set;

/**
 * Task-local variables that only show a task's user what the project's own tables keep, such as
 * the application's content copied from its snapshot into a review task. The engine keeps no
 * history of them ({@link FormFieldHistory}): the tables are the record, and the copies would be
 * written, and rewritten as deleted when the task ends, for every task that shows them.
 */
public interface ShownInTasks {

  /** The names of such variables, local to a task; a process variable of the same name keeps its history. */
  Set<String> names();
}
