package no.klyngeprogrammet.call;

/**
 * Published inside the transaction that closes a call's intake, so the call need not know which
 * processes wait for it.
 */
public record IntakeClosed(long callId) {}
