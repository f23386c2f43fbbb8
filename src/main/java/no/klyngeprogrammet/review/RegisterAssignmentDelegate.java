package no.klyngeprogrammet.review;

import static no.klyngeprogrammet.review.ReviewVariables.*;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import no.klyngeprogrammet.application.ApplicationVariables;
import no.klyngeprogrammet.validation.JsonLists;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Registrer tildeling": records this slot's reviewer and sets the review's due date, in the
 * programme's time zone.
 */
@Component
class RegisterAssignmentDelegate implements JavaDelegate {

  /** The reminder's timer in each slot of the review model before {@code ReviewFollowUp}. */
  static final String SLOT_REMINDER_TIMER = "Event_ReminderDue";

  private final ReviewRepository reviews;
  private final ReviewFollowUps followUps;
  private final ReviewProperties properties;
  private final Clock clock;
  private final ZoneId zone;

  public RegisterAssignmentDelegate(ReviewRepository reviews, ReviewFollowUps followUps, ReviewProperties properties,
      Clock clock, ZoneId programmeZone) {
    this.reviews = reviews;
    this.followUps = followUps;
    this.properties = properties;
    this.clock = clock;
    this.zone = programmeZone;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Instant now = clock.instant();
    Instant due = now.atZone(zone).plus(properties.dueAfter()).toInstant();
    long id = reviews.assign(ApplicationVariables.caseNumber(execution),
        ApplicationVariables.version(execution),
        reviewer(execution), now, due);
    // The slot's own variables, created here with their values rather than declared empty on the
    // subprocess and overwritten: the same local variables, with one history row each instead of
    // two. The delegate runs on the slot's scope execution, so a form submitted in the slot finds
    // them there and a replacement reviewer's assignment overwrites them.
    execution.setVariableLocal(ASSIGNMENT_ID, id);
    execution.setVariableLocal(REVIEW_DUE_DATE, Date.from(due));
    // A review that started under the earlier model still waits on a reminder's timer in each slot,
    // and a reviewer assigned there after the upgrade needs the date that timer reads.
    if (execution.getBpmnModelInstance().getModelElementById(SLOT_REMINDER_TIMER) != null) {
      execution.setVariableLocal(REVIEW_REMINDER_DATE, Date.from(followUps.reminderDate(due)));
    }
    // A fresh declaration for every reviewer of the slot, with typed values: Tasklist sends a
    // field's value in the type of the variable it finds, and cannot send a list as type Null.
    execution.setVariableLocal(CONFLICT_OF_INTEREST, false);
    execution.setVariableLocal(CONFLICT_ORGANISATIONS, JsonLists.json(List.of()));
    execution.setVariableLocal(CONFLICT_EXPLANATION, "");
    execution.setVariableLocal(REPLACEMENT_REVIEWER, "");
  }
}
