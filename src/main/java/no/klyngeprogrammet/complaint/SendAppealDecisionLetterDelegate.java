package no.klyngeprogrammet.complaint;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Send klageinstansens vedtak": the final answer to the applicant. */
@Component
class SendAppealDecisionLetterDelegate implements JavaDelegate {

  private final ComplaintLetter letter;

  SendAppealDecisionLetterDelegate(ComplaintLetter letter) {
    this.letter = letter;
  }

  @Override
  public void execute(DelegateExecution execution) {
    letter.sendAppealDecision(ComplaintVariables.complaintId(execution), execution.getProcessInstanceId());
  }
}
