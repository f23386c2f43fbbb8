package no.klyngeprogrammet.decision;

import no.klyngeprogrammet.support.PostgresInitializer;
import org.springframework.test.context.ContextConfiguration;

/** The decision cycle once more, on real PostgreSQL. */
@ContextConfiguration(initializers = PostgresInitializer.class)
class DecisionCyclePostgresTest extends DecisionCycleTest {}
