package no.klyngeprogrammet.call;

import java.time.Instant;

/** The instants a call runs by: intake closes at the deadline, decisions go out at the announcement. */
public record CallDates(int year, Instant deadline, Instant announcement) {}
