/** Field errors and JSON list helpers shared by every form that validates input. */
@ApplicationModule(allowedDependencies = {})
package no.klyngeprogrammet.validation;

import org.springframework.modulith.ApplicationModule;
