/** The ClusterComplaint process and the complaint table. */
@ApplicationModule(allowedDependencies = {
    "application", "call", "cluster", "config", "decision", "formal", "identity", "notification",
    "validation"})
package no.klyngeprogrammet.complaint;

import org.springframework.modulith.ApplicationModule;
