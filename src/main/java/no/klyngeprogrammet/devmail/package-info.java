/** The embedded default's in-process mail server and its inbox page. */
@ApplicationModule(allowedDependencies = {"config", "register"})
package no.klyngeprogrammet.devmail;

import org.springframework.modulith.ApplicationModule;
