package no.klyngeprogrammet.application;

import no.klyngeprogrammet.support.PostgresInitializer;
import org.springframework.test.context.ContextConfiguration;

/** The deferred starts once more, on real PostgreSQL: its shared row locks let starts and submissions overlap. */
@ContextConfiguration(initializers = PostgresInitializer.class)
class DeferredStartPostgresTest extends DeferredStartTest {}
