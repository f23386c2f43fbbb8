package no.klyngeprogrammet.application;

import no.klyngeprogrammet.support.PostgresInitializer;
import org.springframework.test.context.ContextConfiguration;

/** Concurrent submissions through REST once more, on real PostgreSQL, where they register in parallel. */
@ContextConfiguration(initializers = PostgresInitializer.class)
class ConcurrentRestSubmissionPostgresTest extends ConcurrentRestSubmissionTest {}
