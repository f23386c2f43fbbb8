/** The one case state rule and the applicant's status page. */
@ApplicationModule(allowedDependencies = {"application", "complaint", "decision", "formal", "identity"})
package no.klyngeprogrammet.status;

import org.springframework.modulith.ApplicationModule;
