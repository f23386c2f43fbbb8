package no.klyngeprogrammet.config;

import no.klyngeprogrammet.support.PostgresInitializer;
import org.springframework.test.context.ContextConfiguration;

/** The index once more on PostgreSQL. */
@ContextConfiguration(initializers = PostgresInitializer.class)
class TaskParentIndexPostgresTest extends TaskParentIndexTest {}
