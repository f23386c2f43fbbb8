package no.klyngeprogrammet.application;

import no.klyngeprogrammet.support.PostgresInitializer;
import org.springframework.test.context.ContextConfiguration;

/** The intake suite once more, on real PostgreSQL. */
@ContextConfiguration(initializers = PostgresInitializer.class)
class ClusterApplicationPostgresTest extends ClusterApplicationProcessTest {}
