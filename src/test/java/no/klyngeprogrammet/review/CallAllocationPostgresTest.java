package no.klyngeprogrammet.review;

import no.klyngeprogrammet.support.PostgresInitializer;
import org.springframework.test.context.ContextConfiguration;

/** The call-wide allocation once more on real PostgreSQL, where two confirming case officers wait for each other's locks. */
@ContextConfiguration(initializers = PostgresInitializer.class)
class CallAllocationPostgresTest extends CallAllocationTest {}
