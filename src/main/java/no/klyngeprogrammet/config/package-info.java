/** Cross-cutting settings: the programme's time zone and clock, Norwegian formats, retention. */
@ApplicationModule(allowedDependencies = {})
package no.klyngeprogrammet.config;

import org.springframework.modulith.ApplicationModule;
