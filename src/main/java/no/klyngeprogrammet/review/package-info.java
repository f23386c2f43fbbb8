/**
 * Reviewer assignment, impartiality, reviews, their follow-up and consensus (review_assignment, reviewer_tie,
 * review_score), the call-wide allocation (reviewer_proposal, allocation_shortfall), and the
 * final scores.
 */
@ApplicationModule(allowedDependencies = {
    "application", "call", "config", "formal", "identity", "notification", "pool", "register", "scoring", "validation"})
package no.klyngeprogrammet.review;

import org.springframework.modulith.ApplicationModule;
