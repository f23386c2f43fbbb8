/** The scoring rules and criteria, and the application_score and application_result tables. */
@ApplicationModule(allowedDependencies = {})
package no.klyngeprogrammet.scoring;

import org.springframework.modulith.ApplicationModule;
