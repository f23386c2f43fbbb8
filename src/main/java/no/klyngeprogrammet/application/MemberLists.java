package no.klyngeprogrammet.application;

import java.util.Map;
import java.util.stream.Collectors;
import no.klyngeprogrammet.validation.JsonLists;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;

/**
 * The member list as the reviewers' forms show it, made from the stored submission when the
 * application goes to review ("Fagvurdering" passes them in). Only the review's forms read them,
 * so the application's own process never holds them, and a submission in the deadline rush does
 * not write them (docs/benchmarks.md).
 */
@Component
public class MemberLists {

  private final SubmittedApplications applications;

  public MemberLists(SubmittedApplications applications) {
    this.applications = applications;
  }

  /** One line per member: name, organisation number and kind of actor. */
  public String text(String caseNumber, int version) {
    return applications.submission(caseNumber, version).members().stream()
        .map(m -> m.name() + " (org.nr. " + m.orgNumber() + ", " + m.actorKind().displayName() + ")")
        .collect(Collectors.joining("\n"));
  }

  /** The members as a select's options: the name and number shown, the number chosen. */
  public JsonValue options(String caseNumber, int version) {
    return JsonLists.json(applications.submission(caseNumber, version).members().stream()
        .map(m -> Map.of("label", m.name() + " (" + m.orgNumber() + ")", "value", m.orgNumber())).toList());
  }
}
