package no.klyngeprogrammet.notification;

/**
 * A notification to send. The key names the letter uniquely, for example the receipt of one
 * version of one case, so that sending it again is recognised and skipped.
 */
public record Letter(
    String key, String caseNumber, String kind, String recipient, String subject, String body, String processInstanceId) {}
