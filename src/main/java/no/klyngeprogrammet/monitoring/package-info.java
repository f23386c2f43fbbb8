/** Case metrics for Prometheus. */
@ApplicationModule(allowedDependencies = {})
package no.klyngeprogrammet.monitoring;

import org.springframework.modulith.ApplicationModule;
