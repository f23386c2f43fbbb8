package no.klyngeprogrammet.evaluation;

import java.time.Clock;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Kontroller forespørselen": runs in the transaction that submits the start form, so a refused
 * form leaves no process instance behind.
 */
@Component
class CheckRoundRequestDelegate implements JavaDelegate {

  private final EvaluationRounds rounds;
  private final EvaluationSchedule schedule;
  private final Clock clock;
  private final ZoneId zone;

  public CheckRoundRequestDelegate(EvaluationRounds rounds, EvaluationSchedule schedule, Clock clock,
      ZoneId programmeZone) {
    this.rounds = rounds;
    this.schedule = schedule;
    this.clock = clock;
    this.zone = programmeZone;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var request = RoundRequestForm.parse(execution.getVariables(), clock.instant(), rounds.latestYear(),
        rounds::exists, schedule, zone, EvaluationVariables.roundStartedBy(execution));
    execution.setVariables(request.toVariables());
  }
}
