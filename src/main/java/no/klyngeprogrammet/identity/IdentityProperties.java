package no.klyngeprogrammet.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The administrator account and whether demo users exist. Demo users with known passwords are
 * for the embedded default only; elsewhere the administrator's password must come from the
 * environment ({@link AdminPasswordCheck}).
 */
@ConfigurationProperties("klynge.identity")
public record IdentityProperties(String adminUser, String adminPassword, boolean demoUsers) {}
