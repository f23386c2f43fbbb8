/**
 * Recommendation, council decision and announcement (recommendation, decision), decision letters
 * and the registration of admitted clusters.
 */
@ApplicationModule(allowedDependencies = {
    "application", "call", "cluster", "config", "identity", "notification", "register", "review", "scoring",
    "validation"})
package no.klyngeprogrammet.decision;

import org.springframework.modulith.ApplicationModule;
