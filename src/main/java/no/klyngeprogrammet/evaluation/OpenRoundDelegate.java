package no.klyngeprogrammet.evaluation;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Åpne evalueringsrunden": records the round of its year, or refuses a second one. */
@Component
class OpenRoundDelegate implements JavaDelegate {

  private final EvaluationRounds rounds;
  private final Clock clock;

  public OpenRoundDelegate(EvaluationRounds rounds, Clock clock) {
    this.rounds = rounds;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var request = RoundRequest.fromVariables(execution, EvaluationVariables.roundStartedBy(execution));
    rounds.open(request, clock.instant(), execution.getProcessInstanceId());
  }
}
