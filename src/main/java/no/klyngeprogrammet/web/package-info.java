/** Controllers of the public pages, the status page, the registry and security filters. */
@ApplicationModule(allowedDependencies = {
    "application", "config", "evaluation", "identity", "status", "validation"})
package no.klyngeprogrammet.web;

import org.springframework.modulith.ApplicationModule;
