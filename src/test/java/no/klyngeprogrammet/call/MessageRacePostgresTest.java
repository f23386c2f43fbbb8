package no.klyngeprogrammet.call;

import no.klyngeprogrammet.support.PostgresInitializer;
import org.springframework.test.context.ContextConfiguration;

/**
 * The races once more, on real PostgreSQL with its own row locks and READ COMMITTED. The H2 suite
 * runs each interleaving twenty times; here five rounds each keep the build within its time.
 */
@ContextConfiguration(initializers = PostgresInitializer.class)
class MessageRacePostgresTest extends MessageRaceTest {

  @Override
  protected int repetitions() {
    return 5;
  }
}
