/**
 * The yearly and special calls (cluster_call, call_budget, case numbers) and the ClusterCall
 * process.
 */
@ApplicationModule(allowedDependencies = {"config", "identity", "validation"})
package no.klyngeprogrammet.call;

import org.springframework.modulith.ApplicationModule;
