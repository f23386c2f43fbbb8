package no.klyngeprogrammet.decision;

import no.klyngeprogrammet.support.PostgresInitializer;
import org.springframework.test.context.ContextConfiguration;

/** The whole cycle once more, on real PostgreSQL. */
@ContextConfiguration(initializers = PostgresInitializer.class)
class WholeCyclePostgresTest extends WholeCycleTest {}
