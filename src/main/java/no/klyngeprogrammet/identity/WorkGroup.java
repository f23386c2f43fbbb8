package no.klyngeprogrammet.identity;

/**
 * A group that a module's configuration names, with the Tasklist filter through which it sees the
 * tasks offered to it. Each module that routes work to such a group declares this as a bean, so
 * identity creates the group and its filter without knowing the processes.
 */
public record WorkGroup(String id, String name, String filterName, String filterDescription, int priority) {}
