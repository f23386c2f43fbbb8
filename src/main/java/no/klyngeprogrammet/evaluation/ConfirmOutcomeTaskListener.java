package no.klyngeprogrammet.evaluation;

import static no.klyngeprogrammet.evaluation.EvaluationVariables.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import no.klyngeprogrammet.call.Level;
import no.klyngeprogrammet.validation.Claimed;
import no.klyngeprogrammet.validation.Errors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Fastsett utfall": shows the outcome the rules give, and accepts an overruling only with a
 * justification, conditions only with a follow-up plan and its deadline, an extension only for
 * an Arena cluster, and the NCE brand only for Arena Pro.
 */
@Component
class ConfirmOutcomeTaskListener implements TaskListener {

  static final String REFUSED = "Utfallet ble ikke lagret. Rett opp følgende:";

  private final Clock clock;
  private final ZoneId zone;

  public ConfirmOutcomeTaskListener(Clock clock, ZoneId programmeZone) {
    this.clock = clock;
    this.zone = programmeZone;
  }

  @Override
  public void notify(DelegateTask task) {
    Outcome proposed = proposedOutcome(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariable(PROPOSED_OUTCOME_TEXT, proposed.displayName());
      return;
    }
    Errors errors = new Errors();
    Claimed.requireAssignee(task, errors, "Saksbehandler");
    Outcome outcome = finalOutcome(task, proposed, errors);
    if (outcome != proposed && blank(task.getVariable(OVERRIDE_JUSTIFICATION))) {
      errors.add(OVERRIDE_JUSTIFICATION, "Begrunnelse for overprøving", "må fylles ut når utfallet overprøves");
    }
    if (outcome == Outcome.EXTEND && !Level.ARENA.name().equals(task.getVariable(LEVEL))) {
      errors.add(OVERRIDE_OUTCOME, "Annet utfall", "bare en Arena-klynge kan få perioden forlenget");
    }
    if (outcome == Outcome.CONTINUE_WITH_CONDITIONS) {
      if (blank(task.getVariable(FOLLOW_UP_PLAN))) {
        errors.add(FOLLOW_UP_PLAN, "Oppfølgingsplan", "må fylles ut når klyngen fortsetter med vilkår");
      }
      followUpDeadline(task.getVariable(FOLLOW_UP_DEADLINE), errors);
    }
    if (Boolean.TRUE.equals(task.getVariable(GRANT_NCE)) && !Boolean.TRUE.equals(task.getVariable(NCE_POSSIBLE))) {
      errors.add(GRANT_NCE, "NCE-merkevaren", "kan bare gis en klynge på nivå Arena Pro");
    }
    errors.throwIfAny(REFUSED);
    task.setVariable(DECIDED_BY, task.getAssignee());
  }

  static Outcome finalOutcome(DelegateTask task, Outcome proposed, Errors errors) {
    Object override = task.getVariable(OVERRIDE_OUTCOME);
    if (blank(override)) {
      return proposed;
    }
    try {
      return Outcome.valueOf(override.toString());
    } catch (IllegalArgumentException e) {
      errors.add(OVERRIDE_OUTCOME, "Annet utfall", "er ikke et gyldig utfall");
      return proposed;
    }
  }

  private void followUpDeadline(Object value, Errors errors) {
    try {
      if (!LocalDate.parse(String.valueOf(value)).isAfter(clock.instant().atZone(zone).toLocalDate())) {
        errors.add(FOLLOW_UP_DEADLINE, "Frist for oppfølging", "må ligge fram i tid");
      }
    } catch (DateTimeParseException e) {
      errors.add(FOLLOW_UP_DEADLINE, "Frist for oppfølging", "må være en dato på formen 2028-06-30");
    }
  }

  static boolean blank(Object value) {
    return value == null || value.toString().isBlank();
  }
}
