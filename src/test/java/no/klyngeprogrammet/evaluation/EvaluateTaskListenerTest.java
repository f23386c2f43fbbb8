package no.klyngeprogrammet.evaluation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import no.klyngeprogrammet.validation.ValidationException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;

/** "Vurder årsrapporten" refuses, by name, what the Java API or an old form sends wrong. */
class EvaluateTaskListenerTest {

  DelegateTask task(Object development, Object meetsRequirements) {
    DelegateTask task = mock(DelegateTask.class);
    when(task.getAssignee()).thenReturn("officer1");
    when(task.getVariable(EvaluationVariables.DEVELOPMENT)).thenReturn(development);
    when(task.getVariable(EvaluationVariables.MEETS_REQUIREMENTS)).thenReturn(meetsRequirements);
    when(task.getVariable(EvaluationVariables.ASSESSMENT)).thenReturn("Vurdert mot strategien.");
    return task;
  }

  @Test
  void noDevelopmentIsAFieldErrorNotANullPointer() {
    assertThatThrownBy(() -> new EvaluateTaskListener().notify(task(null, true)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("(development): må være ja, delvis eller nei");
  }

  @Test
  void aYesWrittenAsTextIsRefusedRatherThanReadAsNo() {
    assertThatThrownBy(() -> new EvaluateTaskListener().notify(task("YES", "ja")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("(meetsRequirements): må være ja eller nei");
  }
}
