package no.klyngeprogrammet.call;

import no.klyngeprogrammet.support.PostgresInitializer;
import org.springframework.test.context.ContextConfiguration;

/** The call suite once more, on real PostgreSQL. */
@ContextConfiguration(initializers = PostgresInitializer.class)
class ClusterCallPostgresTest extends ClusterCallProcessTest {}
