package no.klyngeprogrammet.review;

import static no.klyngeprogrammet.review.ReviewVariables.*;

import java.util.List;
import no.klyngeprogrammet.application.ApplicationVariables;
import no.klyngeprogrammet.application.Member;
import no.klyngeprogrammet.application.SubmittedApplications;
import no.klyngeprogrammet.validation.JsonLists;
import no.klyngeprogrammet.validation.ValidationException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Erklær habilitet": a declared conflict must say what the tie is and to which members. */
@Component
class ImpartialityTaskListener implements TaskListener {

  static final String REFUSED = "Habilitetserklæringen ble ikke lagret.";

  private final SubmittedApplications applications;

  public ImpartialityTaskListener(SubmittedApplications applications) {
    this.applications = applications;
  }

  @Override
  public void notify(DelegateTask task) {
    Object declared = task.getVariable(CONFLICT_OF_INTEREST);
    if (declared != null && !(declared instanceof Boolean)) {
      throw ValidationException.single(REFUSED, CONFLICT_OF_INTEREST, "Inhabil", "må være ja eller nei");
    }
    if (!Boolean.TRUE.equals(declared)) {
      // A submission that left the field empty is read as impartial; one that said so is already
      // stored, and writing it again would be one more update of it in the history.
      if (declared == null) {
        task.setVariable(CONFLICT_OF_INTEREST, false);
      }
      return;
    }
    Object explanation = task.getVariable(CONFLICT_EXPLANATION);
    if (!(explanation instanceof String text) || text.isBlank()) {
      throw ValidationException.single(REFUSED, CONFLICT_EXPLANATION, "Beskriv tilknytningen",
          "må fylles ut når du erklærer deg inhabil");
    }
    if (text.length() > 4000) {
      throw ValidationException.single(REFUSED, CONFLICT_EXPLANATION, "Beskriv tilknytningen",
          "kan ha høyst 4000 tegn, men har " + text.length());
    }
    Object organisations = task.getVariable(CONFLICT_ORGANISATIONS);
    if (organisations == null) {
      return;
    }
    List<String> named = JsonLists.strings(organisations).orElseThrow(() -> ValidationException.single(REFUSED,
        CONFLICT_ORGANISATIONS, "Organisasjoner jeg har tilknytning til", "må være en liste over organisasjonsnumre"));
    List<String> members = applications.submission(ApplicationVariables.caseNumber(task),
        ApplicationVariables.version(task)).members().stream()
        .map(Member::orgNumber).toList();
    List<String> unknown = named.stream().filter(org -> !members.contains(org)).toList();
    if (!unknown.isEmpty()) {
      throw ValidationException.single(REFUSED, CONFLICT_ORGANISATIONS, "Organisasjoner jeg har tilknytning til",
          "er ikke medlemmer i søknaden: " + String.join(", ", unknown));
    }
  }
}
