package no.klyngeprogrammet.call;

import java.util.List;
import no.klyngeprogrammet.identity.ProcessAccess;
import no.klyngeprogrammet.identity.ProgrammeGroups;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Case officers and the council read the call; the programme's calendar starts it. */
@Configuration
class CallAccess {

  @Bean
  ProcessAccess callProcessAccess() {
    return new ProcessAccess(CallVariables.PROCESS_KEY, List.of(),
        List.of(ProgrammeGroups.CASE_OFFICERS, ProgrammeGroups.PROGRAMME_COUNCIL));
  }
}
