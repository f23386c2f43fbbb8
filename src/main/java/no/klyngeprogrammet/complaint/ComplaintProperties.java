package no.klyngeprogrammet.complaint;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The complaint's second step (forvaltningsloven § 33), from {@code klynge.complaint}: the group
 * that decides finally when the case officer upholds a decision, its name as Tasklist and Admin
 * show it, and how soon after the complaint is sent on the applicant can expect the answer.
 */
@ConfigurationProperties("klynge.complaint")
public record ComplaintProperties(String appellateGroup, String appellateGroupName, Period appellateAnswerWithin) {}
