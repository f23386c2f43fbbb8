package no.klyngeprogrammet.complaint;

import java.util.List;
import no.klyngeprogrammet.identity.ProcessAccess;
import no.klyngeprogrammet.identity.ProgrammeGroups;
import no.klyngeprogrammet.identity.WorkGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A case officer registers a complaint; the appellate body sees only the complaints sent on to it,
 * as tasks offered to its group, and no process definition.
 */
@Configuration
class ComplaintAccess {

  @Bean
  WorkGroup appellateBody(ComplaintProperties properties) {
    return new WorkGroup(properties.appellateGroup(), properties.appellateGroupName(), properties.appellateGroupName(),
        "Klager som programledelsen har sendt videre til endelig avgjørelse", 60);
  }

  @Bean
  ProcessAccess complaintProcessAccess() {
    return new ProcessAccess(ComplaintVariables.PROCESS_KEY, List.of(ProgrammeGroups.CASE_OFFICERS), List.of());
  }
}
