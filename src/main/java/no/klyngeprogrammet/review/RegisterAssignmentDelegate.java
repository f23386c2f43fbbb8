package no.klyngeprogrammet.review;

import static no.klyngeprogrammet.review.ReviewVariables.*;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import no.klyngeprogrammet.application.ApplicationVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Registrer tildeling": records this slot's reviewer and sets the review's due date and the
 * reminder before it, in the programme's time zone.
 */
@Component
public class RegisterAssignmentDelegate implements JavaDelegate {

  private final ReviewRepository reviews;
  private final ReviewProperties properties;
  private final Clock clock;
  private final ZoneId zone;

  public RegisterAssignmentDelegate(ReviewRepository reviews, ReviewProperties properties, Clock clock,
      ZoneId programmeZone) {
    this.reviews = reviews;
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
        (String) execution.getVariable(REVIEWER), now, due);
    execution.setVariable(ASSIGNMENT_ID, id);
    execution.setVariable(REVIEW_DUE_DATE, Date.from(due));
    execution.setVariable(REVIEW_REMINDER_DATE, Date.from(due.atZone(zone).minus(properties.reminderBefore()).toInstant()));
    execution.setVariable(CONFLICT_OF_INTEREST, null);
    execution.setVariable(KEEP_REVIEWER, null);
    execution.setVariable(REPLACEMENT_REVIEWER, null);
  }
}
