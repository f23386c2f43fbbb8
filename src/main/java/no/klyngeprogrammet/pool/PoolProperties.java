package no.klyngeprogrammet.pool;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The reviewer pool's defaults, from {@code klynge.pool}: the capacity of a reviewer without a
 * profile, and whether the demo reviewers get theirs (the embedded default).
 */
@ConfigurationProperties("klynge.pool")
public record PoolProperties(int defaultCapacity, boolean demo) {}
