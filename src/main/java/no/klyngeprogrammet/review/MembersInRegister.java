package no.klyngeprogrammet.review;

import java.util.Map;
import java.util.stream.Collectors;
import no.klyngeprogrammet.application.Submission;
import no.klyngeprogrammet.register.RegisterCheck;
import no.klyngeprogrammet.register.RegisterChecks;
import no.klyngeprogrammet.register.RegisteredUnit;
import no.klyngeprogrammet.register.Stage;
import org.springframework.stereotype.Component;

/** Each member as Enhetsregisteret knows it: registered name, industry and county, for the reviewer. */
@Component
class MembersInRegister {

  /** Its key in the review task's content. */
  static final String KEY = "memberRegisterText";

  private final RegisterChecks checks;

  MembersInRegister(RegisterChecks checks) {
    this.checks = checks;
  }

  String describe(String caseNumber, int version, Submission submission) {
    Map<String, RegisterCheck> registered = checks.of(caseNumber, version, Stage.SUBMISSION);
    return submission.members().stream()
        .map(m -> m.name() + " (" + m.orgNumber() + ", " + m.actorKind().displayName() + "): "
            + describe(registered.get(m.orgNumber())))
        .collect(Collectors.joining("\n"));
  }

  private static String describe(RegisterCheck check) {
    if (check == null) {
      return "ikke kontrollert mot Enhetsregisteret";
    }
    RegisteredUnit unit = check.unit();
    if (unit == null) {
      return check.standing().displayName().toLowerCase() + " i Enhetsregisteret";
    }
    StringBuilder text = new StringBuilder(unit.name());
    if (!unit.naceText().isEmpty()) {
      text.append(" – ").append(unit.naceText());
    }
    if (!unit.countyText().isEmpty()) {
      text.append(" – ").append(unit.countyText());
    }
    return text.toString();
  }
}
