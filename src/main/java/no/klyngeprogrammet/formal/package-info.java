/** The formal check (formal_check) and the formal rejection letter. */
@ApplicationModule(allowedDependencies = {"application", "call", "notification", "register", "validation"})
package no.klyngeprogrammet.formal;

import org.springframework.modulith.ApplicationModule;
