package no.klyngeprogrammet.evaluation;

import no.klyngeprogrammet.support.PostgresInitializer;
import org.springframework.test.context.ContextConfiguration;

/** Rounds started by form, and two started at the same moment, once more on real PostgreSQL. */
@ContextConfiguration(initializers = PostgresInitializer.class)
class EvaluationRoundStartPostgresTest extends EvaluationRoundStartTest {}
