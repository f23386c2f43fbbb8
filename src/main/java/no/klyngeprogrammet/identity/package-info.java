/**
 * Groups, users, authorizations, Tasklist filters, cluster manager accounts and password links.
 */
@ApplicationModule(allowedDependencies = {"config", "notification"})
package no.klyngeprogrammet.identity;

import org.springframework.modulith.ApplicationModule;
