package no.klyngeprogrammet.evaluation;

import java.time.Clock;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Beregn runde og frist": this year's round with the configured report due date. */
@Component
class PrepareYearlyRoundDelegate implements JavaDelegate {

  private final EvaluationRounds rounds;
  private final EvaluationSchedule schedule;
  private final Clock clock;
  private final ZoneId zone;

  public PrepareYearlyRoundDelegate(EvaluationRounds rounds, EvaluationSchedule schedule, Clock clock,
      ZoneId programmeZone) {
    this.rounds = rounds;
    this.schedule = schedule;
    this.clock = clock;
    this.zone = programmeZone;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int year = clock.instant().atZone(zone).getYear();
    execution.setVariables(new RoundRequest(year, schedule.reportDue(year), null).toVariables());
    execution.setVariable(EvaluationVariables.ROUND_ALREADY_STARTED, rounds.exists(year));
  }
}
