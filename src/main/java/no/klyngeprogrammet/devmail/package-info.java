/** The embedded default's in-process mail server and its inbox page. */
@ApplicationModule(allowedDependencies = {"config"})
package no.klyngeprogrammet.devmail;

import org.springframework.modulith.ApplicationModule;
