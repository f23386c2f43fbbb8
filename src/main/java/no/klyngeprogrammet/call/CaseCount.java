package no.klyngeprogrammet.call;

/**
 * How many cases a call has. The application module owns the cases and implements this, so the
 * call can tell when every application is assessed without reading the application's tables.
 */
public interface CaseCount {

  int casesIn(long callId);
}
