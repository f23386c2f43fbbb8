package no.klyngeprogrammet.complaint;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import no.klyngeprogrammet.application.PersonalDataHold;
import org.springframework.stereotype.Component;

/** A complaint keeps the contact person until it is answered, and for the retention period after. */
@Component
class ComplaintHold implements PersonalDataHold {

  private final ComplaintRepository complaints;

  ComplaintHold(ComplaintRepository complaints) {
    this.complaints = complaints;
  }

  @Override
  public Set<String> keep(Collection<String> caseNumbers, Instant cutoff) {
    return complaints.withComplaintOpenAfter(caseNumbers, cutoff);
  }
}
