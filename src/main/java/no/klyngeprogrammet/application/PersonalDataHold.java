package no.klyngeprogrammet.application;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/**
 * A reason to keep a case's personal data past the retention period, given by the module that
 * owns the reason (an admission, an unanswered or recent complaint).
 */
public interface PersonalDataHold {

  /** Of the given cases, those whose personal data must be kept; {@code cutoff} is now minus the retention. */
  Set<String> keep(Collection<String> caseNumbers, Instant cutoff);
}
