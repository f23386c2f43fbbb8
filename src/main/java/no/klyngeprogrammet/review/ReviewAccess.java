package no.klyngeprogrammet.review;

import java.util.List;
import no.klyngeprogrammet.identity.ProcessAccess;
import no.klyngeprogrammet.identity.ProgrammeGroups;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The case officers decide on late reviews in the follow-up's own process; only the nightly
 * schedule starts it. Reviewers get no grant on it, as on the review.
 */
@Configuration
class ReviewAccess {

  @Bean
  ProcessAccess reviewFollowUpProcessAccess() {
    return new ProcessAccess(ReviewFollowUps.PROCESS_KEY, List.of(), List.of(ProgrammeGroups.CASE_OFFICERS));
  }
}
