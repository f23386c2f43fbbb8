package no.klyngeprogrammet.config;

import no.klyngeprogrammet.support.PostgresInitializer;
import org.springframework.test.context.ContextConfiguration;

/** Retention once more on PostgreSQL, where the engine's cleanup counts days with its own SQL. */
@ContextConfiguration(initializers = PostgresInitializer.class)
class RetentionPolicyPostgresTest extends RetentionPolicyTest {}
