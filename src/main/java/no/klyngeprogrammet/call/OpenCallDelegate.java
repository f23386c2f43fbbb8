package no.klyngeprogrammet.call;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Åpne utlysning": stores the call with its dates and budgets; from now on it takes applications. */
@Component
class OpenCallDelegate implements JavaDelegate {

  private final CallService calls;

  public OpenCallDelegate(CallService calls) {
    this.calls = calls;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var request = OpenCallRequest.fromVariables(execution.getVariables(),
        CallVariables.initiator(execution));
    ClusterCall call = calls.open(request, execution.getProcessInstanceId());
    execution.setProcessBusinessKey("UTLYSNING-" + call.year() + "-" + call.id());
    execution.setVariable(CallVariables.CALL_ID, call.id());
  }
}
