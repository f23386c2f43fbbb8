package no.klyngeprogrammet.review;

import no.klyngeprogrammet.support.PostgresInitializer;
import org.springframework.test.context.ContextConfiguration;

/** The two tabs once more on real PostgreSQL, where the second waits for the first's locks. */
@ContextConfiguration(initializers = PostgresInitializer.class)
class ReviewFromTwoTabsPostgresTest extends ReviewFromTwoTabsTest {}
