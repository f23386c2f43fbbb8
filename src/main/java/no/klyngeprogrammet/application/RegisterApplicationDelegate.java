package no.klyngeprogrammet.application;

import static no.klyngeprogrammet.application.ApplicationVariables.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Date;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * "Registrer søknad": runs in the transaction that submits the start form. An invalid or late
 * submission throws before anything is stored, which rolls the whole start back. A valid one
 * gets its case number as business key and replaces the instance of the version before it.
 */
@Component
public class RegisterApplicationDelegate implements JavaDelegate {

  private final ApplicationIntake intake;
  private final RuntimeService runtimeService;
  private final ObjectMapper objectMapper;

  public RegisterApplicationDelegate(ApplicationIntake intake, RuntimeService runtimeService,
      ObjectMapper objectMapper) {
    this.intake = intake;
    this.runtimeService = runtimeService;
    this.objectMapper = objectMapper;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Submission submission = SubmissionValidator.validate(execution.getVariables());
    var registration = intake.register(submission, execution.getProcessInstanceId(),
        (String) execution.getVariable(APPLICANT_USER));

    execution.setProcessBusinessKey(registration.caseNumber());
    execution.setVariables(SubmissionValidator.toVariables(submission));
    execution.setVariable(MEMBERS, SpinValues.jsonValue(json(submission)).create());
    execution.setVariable(CASE_NUMBER, registration.caseNumber());
    execution.setVariable(VERSION, registration.version());
    execution.setVariable(RECEIVED_AT, Date.from(registration.receivedAt()));
    execution.setVariable(CALL_ID, registration.call().id());
    execution.setVariable(CALL_YEAR, registration.call().year());
    execution.setVariable(DEADLINE, Date.from(registration.call().deadline()));
    execution.setVariable(ANNOUNCEMENT_DATE, Date.from(registration.call().announcement()));

    registration.previousProcessInstanceId().ifPresent(previous ->
        runtimeService.createMessageCorrelation(MESSAGE_SUPERSEDED)
            .processInstanceId(previous)
            .correlateWithResult());
  }

  private String json(Submission submission) {
    try {
      return objectMapper.writeValueAsString(submission.members());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Members could not be written as JSON", e);
    }
  }
}
