/**
 * The reviewer pool (reviewer_profile, reviewer_affiliation, reviewer_pool_change): what each
 * reviewer can review, how much, and whom they are affiliated with; and the allocation rule.
 */
@ApplicationModule(allowedDependencies = {"application", "call", "validation"})
package no.klyngeprogrammet.pool;

import org.springframework.modulith.ApplicationModule;
