/** Sends letters by mail and keeps the notification_log: one row per case and kind of letter. */
@ApplicationModule(allowedDependencies = {})
package no.klyngeprogrammet.notification;

import org.springframework.modulith.ApplicationModule;
