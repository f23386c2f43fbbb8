package no.klyngeprogrammet.config;

import java.sql.SQLException;
import java.util.Locale;
import org.camunda.bpm.engine.OptimisticLockingException;

/**
 * A change that met another change of the same thing at the same moment and was rolled back whole:
 * two tabs sending one task's form, or a user and a job moving one case. Nothing of it is stored,
 * and the same request sent again finds the other change done.
 */
public final class ConcurrentChange {

  /** PostgreSQL's and H2's code for a unique key that is already taken. */
  private static final String UNIQUE_VIOLATION = "23505";

  private ConcurrentChange() {}

  /**
   * Besides the engine's optimistic-locking conflict, one that the engine reports as an error: a
   * variable declared empty has no history until its first value ({@link FormFieldHistory}), so two
   * transactions giving it its first value at once both insert its historic row, and the second
   * fails on the row's key before the engine compares any revision.
   */
  public static boolean in(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof OptimisticLockingException) {
        return true;
      }
      if (cause instanceof SQLException sql && firstHistoricValueTaken(sql)) {
        return true;
      }
    }
    return false;
  }

  private static boolean firstHistoricValueTaken(SQLException exception) {
    for (SQLException sql = exception; sql != null; sql = sql.getNextException()) {
      String message = sql.getMessage() == null ? "" : sql.getMessage().toLowerCase(Locale.ROOT);
      if (UNIQUE_VIOLATION.equals(sql.getSQLState()) && message.contains("act_hi_varinst")) {
        return true;
      }
    }
    return false;
  }
}
