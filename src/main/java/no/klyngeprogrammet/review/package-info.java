/**
 * Reviewer assignment, impartiality, reviews and consensus (review_assignment, reviewer_tie,
 * review_score), and the final scores.
 */
@ApplicationModule(allowedDependencies = {
    "application", "call", "config", "identity", "notification", "register", "scoring", "validation"})
package no.klyngeprogrammet.review;

import org.springframework.modulith.ApplicationModule;
