package no.klyngeprogrammet.form;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Forms submitted through the engine's REST API and Tasklist, from {@code klynge.forms}.
 *
 * @param maxBodySize the largest submission read; the forms' longest texts are 4,000 characters
 */
@ConfigurationProperties("klynge.forms")
public record FormProperties(DataSize maxBodySize) {}
