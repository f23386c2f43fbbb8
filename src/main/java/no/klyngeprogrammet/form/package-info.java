/**
 * Holds every submitted form to its .form definition: read-only fields unchanged, no unknown
 * keys.
 */
@ApplicationModule(allowedDependencies = {"validation"})
package no.klyngeprogrammet.form;

import org.springframework.modulith.ApplicationModule;
