/**
 * The ClusterApplication process: intake, submitted versions (application_case,
 * application_version), status links, receipts and erasure of personal data.
 */
@ApplicationModule(allowedDependencies = {"call", "config", "form", "identity", "notification", "register", "validation"})
package no.klyngeprogrammet.application;

import org.springframework.modulith.ApplicationModule;
