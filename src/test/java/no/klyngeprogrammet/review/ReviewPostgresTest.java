package no.klyngeprogrammet.review;

import no.klyngeprogrammet.support.PostgresInitializer;
import org.springframework.test.context.ContextConfiguration;

/** The review suite once more, on real PostgreSQL. */
@ContextConfiguration(initializers = PostgresInitializer.class)
class ReviewPostgresTest extends ReviewProcessTest {}
