/**
 * The programme office's view of a call: the overview page with its figures and charts, the
 * allocation page where the call-wide reviewer allocation is confirmed, the council's export, and
 * the reviewer pool's pages.
 */
@ApplicationModule(allowedDependencies = {
    "call", "config", "decision", "identity", "pool", "register", "review", "scoring", "validation", "web"})
package no.klyngeprogrammet.overview;

import org.springframework.modulith.ApplicationModule;
