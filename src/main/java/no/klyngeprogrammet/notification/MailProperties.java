package no.klyngeprogrammet.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The sender address of every letter, from {@code klynge.mail}. */
@ConfigurationProperties("klynge.mail")
public record MailProperties(String from) {}
