package no.klyngeprogrammet.application;

import no.klyngeprogrammet.support.PostgresInitializer;
import org.springframework.test.context.ContextConfiguration;

/** The erasure of personal data once more, on real PostgreSQL. */
@ContextConfiguration(initializers = PostgresInitializer.class)
class PersonalDataErasurePostgresTest extends PersonalDataErasureTest {}
