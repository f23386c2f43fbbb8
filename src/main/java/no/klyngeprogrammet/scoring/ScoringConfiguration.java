package no.klyngeprogrammet.scoring;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class ScoringConfiguration {

  @Bean
  public ScoringRules scoringRules(ScoringProperties properties) {
    return new ScoringRules(properties);
  }
}
