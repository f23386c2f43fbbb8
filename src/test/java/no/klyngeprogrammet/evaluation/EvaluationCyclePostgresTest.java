package no.klyngeprogrammet.evaluation;

import no.klyngeprogrammet.support.PostgresInitializer;
import org.springframework.test.context.ContextConfiguration;

/** The multi-year evaluation once more, on real PostgreSQL. */
@ContextConfiguration(initializers = PostgresInitializer.class)
class EvaluationCyclePostgresTest extends EvaluationCycleTest {}
