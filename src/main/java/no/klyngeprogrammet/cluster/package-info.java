/**
 * The cluster registry (cluster_registry, cluster_event): admitted clusters and their history.
 */
@ApplicationModule(allowedDependencies = {"call"})
package no.klyngeprogrammet.cluster;

import org.springframework.modulith.ApplicationModule;
