package no.klyngeprogrammet.complaint;

import java.util.List;
import no.klyngeprogrammet.identity.ProcessAccess;
import no.klyngeprogrammet.identity.ProgrammeGroups;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A case officer registers a complaint. */
@Configuration
class ComplaintAccess {

  @Bean
  ProcessAccess complaintProcessAccess() {
    return new ProcessAccess(ComplaintVariables.PROCESS_KEY, List.of(ProgrammeGroups.CASE_OFFICERS), List.of());
  }
}
