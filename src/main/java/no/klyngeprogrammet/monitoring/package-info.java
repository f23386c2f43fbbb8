/** Case metrics for Prometheus. */
@ApplicationModule(allowedDependencies = {"status"})
package no.klyngeprogrammet.monitoring;

import org.springframework.modulith.ApplicationModule;
