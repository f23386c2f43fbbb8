/** The one case state rule and the applicant's status page. */
@ApplicationModule(allowedDependencies = {
    "application", "call", "complaint", "decision", "formal", "identity", "notification", "scoring"})
package no.klyngeprogrammet.status;

import org.springframework.modulith.ApplicationModule;
