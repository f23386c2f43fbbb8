/**
 * The annual evaluation rounds (evaluation, evaluation_round), their schedule and letters, and
 * the registry view.
 */
@ApplicationModule(allowedDependencies = {
    "call", "cluster", "config", "identity", "notification", "validation"})
package no.klyngeprogrammet.evaluation;

import org.springframework.modulith.ApplicationModule;
