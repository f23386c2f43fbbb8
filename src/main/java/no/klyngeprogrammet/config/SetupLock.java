package no.klyngeprogrammet.config;

import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The cluster's lock for work every node does at start-up and only one may do at a time: creating
 * groups, authorizations and filters, setting retention, making a shared key. Each of these checks
 * whether its data exists and creates it if not; two nodes starting at once would both find nothing
 * and create it twice, or fail on a unique key. Holding the database row lock, the second node waits
 * until the first has committed and then finds everything in place.
 *
 * <p>The engine's services called inside join this transaction (the engine runs on Spring's
 * transaction manager), so the lock is held until their writes are committed.
 */
@Component
public class SetupLock {

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;

  public SetupLock(JdbcClient jdbc, TransactionTemplate transaction) {
    this.jdbc = jdbc;
    this.transaction = transaction;
  }

  public void holding(Runnable work) {
    holding(() -> {
      work.run();
      return null;
    });
  }

  public <T> T holding(Supplier<T> work) {
    return transaction.execute(status -> {
      jdbc.sql("select name from setup_lock where name = 'setup' for update").query(String.class).single();
      return work.get();
    });
  }
}
