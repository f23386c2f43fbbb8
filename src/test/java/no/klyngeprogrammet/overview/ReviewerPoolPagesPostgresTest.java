package no.klyngeprogrammet.overview;

import no.klyngeprogrammet.support.PostgresInitializer;
import org.springframework.test.context.ContextConfiguration;

/** The reviewer pool's pages once more on real PostgreSQL, where two saves of one reviewer wait for each other. */
@ContextConfiguration(initializers = PostgresInitializer.class)
class ReviewerPoolPagesPostgresTest extends ReviewerPoolPagesTest {}
