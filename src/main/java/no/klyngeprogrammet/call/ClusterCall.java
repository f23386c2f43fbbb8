package no.klyngeprogrammet.call;

import java.time.Instant;
import java.util.Map;

/** A call as stored in {@code cluster_call}. */
public record ClusterCall(
    long id,
    int year,
    String title,
    Status status,
    Instant deadline,
    Instant announcement,
    Map<Level, Long> budgets) {

  public enum Status { OPEN, CLOSED }

  public boolean acceptsSubmissionAt(Instant receivedAt) {
    return status == Status.OPEN && receivedAt.isBefore(deadline);
  }
}
