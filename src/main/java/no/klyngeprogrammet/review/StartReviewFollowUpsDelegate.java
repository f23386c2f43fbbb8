package no.klyngeprogrammet.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Start oppfølging av fagvurderinger": the daily schedule's run. */
@Component
class StartReviewFollowUpsDelegate implements JavaDelegate {

  static final String STARTED = "followUpsStarted";

  private final ReviewFollowUps followUps;

  public StartReviewFollowUpsDelegate(ReviewFollowUps followUps) {
    this.followUps = followUps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(STARTED, followUps.startDue());
  }
}
