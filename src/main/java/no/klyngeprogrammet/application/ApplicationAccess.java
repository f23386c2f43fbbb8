package no.klyngeprogrammet.application;

import java.util.List;
import no.klyngeprogrammet.identity.ProcessAccess;
import no.klyngeprogrammet.identity.ProgrammeGroups;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** An applicant may start an application; case officers and the council read it. */
@Configuration
class ApplicationAccess {

  @Bean
  ProcessAccess applicationProcessAccess() {
    return new ProcessAccess(ApplicationVariables.PROCESS_KEY, List.of(ProgrammeGroups.APPLICANTS),
        List.of(ProgrammeGroups.CASE_OFFICERS, ProgrammeGroups.PROGRAMME_COUNCIL));
  }
}
