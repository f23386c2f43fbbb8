package no.klyngeprogrammet.config;

import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keys that every node of a cluster must use alike, kept in the database: the first node that asks
 * for a key makes it, every other node reads the same one. Deleting a key's row and restarting the
 * nodes makes a new one.
 */
@Component
public class SharedSecrets {

  private static final int BYTES = 32;

  private final JdbcClient jdbc;
  private final SetupLock lock;
  private final SecureRandom random = new SecureRandom();

  public SharedSecrets(JdbcClient jdbc, SetupLock lock) {
    this.jdbc = jdbc;
    this.lock = lock;
  }

  /** The key of that name: {@value #BYTES} random bytes. */
  public byte[] secret(String name) {
    String stored = lock.holding(() -> jdbc.sql("select secret from shared_secret where name = ?").param(name)
        .query(String.class).optional()
        .orElseGet(() -> {
          byte[] secret = new byte[BYTES];
          random.nextBytes(secret);
          String encoded = Base64.getEncoder().encodeToString(secret);
          jdbc.sql("insert into shared_secret (name, secret) values (?, ?)").params(name, encoded).update();
          return encoded;
        }));
    return Base64.getDecoder().decode(stored);
  }
}
