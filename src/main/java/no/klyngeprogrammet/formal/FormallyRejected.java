package no.klyngeprogrammet.formal;

/**
 * Published inside the transaction that records a version of an application as formally
 * rejected, so that the formal check need not know what the review has prepared for it.
 */
public record FormallyRejected(String caseNumber, int version) {}
