package no.klyngeprogrammet.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Cluster manager accounts, from {@code klynge.accounts}. */
@ConfigurationProperties("klynge.accounts")
public record AccountProperties(Duration linkValidFor) {}
