package no.klyngeprogrammet.notification;

import no.klyngeprogrammet.support.PostgresInitializer;
import org.springframework.test.context.ContextConfiguration;

/** Markup and Norwegian letters in every field once more, on real PostgreSQL. */
@ContextConfiguration(initializers = PostgresInitializer.class)
class TextSafetyPostgresTest extends TextSafetyTest {}
