package no.klyngeprogrammet.evaluation;

import java.util.List;
import no.klyngeprogrammet.identity.ProcessAccess;
import no.klyngeprogrammet.identity.ProgrammeGroups;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A case officer may start an evaluation round early. */
@Configuration
class EvaluationAccess {

  @Bean
  ProcessAccess evaluationRoundProcessAccess() {
    return new ProcessAccess(EvaluationVariables.ROUND_PROCESS_KEY, List.of(ProgrammeGroups.CASE_OFFICERS), List.of());
  }
}
