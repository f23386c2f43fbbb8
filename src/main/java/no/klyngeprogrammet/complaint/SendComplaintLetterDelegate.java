package no.klyngeprogrammet.complaint;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Send svar på klagen": used both for a late complaint and for an assessed one. */
@Component
class SendComplaintLetterDelegate implements JavaDelegate {

  private final ComplaintLetter letter;

  public SendComplaintLetterDelegate(ComplaintLetter letter) {
    this.letter = letter;
  }

  @Override
  public void execute(DelegateExecution execution) {
    letter.send(ComplaintVariables.complaintId(execution),
        execution.getProcessInstanceId());
  }
}
