package no.klyngeprogrammet.identity;

import java.util.List;

/**
 * Which groups may start and read a process. Each module that owns a process declares this as a
 * bean, so identity grants the rights without knowing the processes.
 */
public record ProcessAccess(String processKey, List<String> mayStart, List<String> mayRead) {}
