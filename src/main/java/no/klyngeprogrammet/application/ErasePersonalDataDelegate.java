package no.klyngeprogrammet.application;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Slett personopplysninger": records how many cases were erased, for Cockpit's history. */
@Component
class ErasePersonalDataDelegate implements JavaDelegate {

  public static final String ERASED_CASES = "erasedCases";

  private final PersonalDataErasure erasure;

  public ErasePersonalDataDelegate(PersonalDataErasure erasure) {
    this.erasure = erasure;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(ERASED_CASES, erasure.eraseDue().size());
  }
}
