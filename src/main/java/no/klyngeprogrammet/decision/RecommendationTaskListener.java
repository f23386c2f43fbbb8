package no.klyngeprogrammet.decision;

import no.klyngeprogrammet.call.CallVariables;
import no.klyngeprogrammet.validation.JsonLists;
import no.klyngeprogrammet.validation.Claimed;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** "Lag innstilling": shows the ranked lists, and records the recommendation as the assignee's. */
@Component
class RecommendationTaskListener implements TaskListener {

  private final Recommendation recommendation;
  private final RegisterRecheckBeforeDecision registerRecheck;

  public RecommendationTaskListener(Recommendation recommendation, RegisterRecheckBeforeDecision registerRecheck) {
    this.recommendation = recommendation;
    this.registerRecheck = registerRecheck;
  }

  @Override
  public void notify(DelegateTask task) {
    long callId = CallVariables.callId(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      // The ranked list grows with the number of applications; the engine stores a String variable in
      // 4000 characters at most (about forty applications), a JSON-serialized value has no such limit.
      task.setVariable(DecisionVariables.RECOMMENDATION_TEXT, Variables.objectValue(recommendation.describe(callId))
          .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
      task.setVariable(DecisionVariables.CASE_OPTIONS, JsonLists.json(recommendation.caseOptions(callId)));
      // Checked when the task is created so that the case officer sees the changes before recommending,
      // and again on completion so that the council sees what the register said when it was made.
      setRegisterChanges(task, callId);
      return;
    }
    Claimed.requireAssignee(task, "Innstillingen ble ikke lagret.", "Saksbehandler");
    recommendation.record(callId, task.getAssignee());
    setRegisterChanges(task, callId);
    task.setVariable(DecisionVariables.RECOMMENDED_BY, task.getAssignee());
  }

  private void setRegisterChanges(DelegateTask task, long callId) {
    task.setVariable(DecisionVariables.REGISTER_CHANGES_TEXT, Variables.objectValue(
        registerRecheck.changesSinceSubmission(callId)).serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
  }
}
