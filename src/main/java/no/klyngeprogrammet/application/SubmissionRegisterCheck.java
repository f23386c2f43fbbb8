package no.klyngeprogrammet.application;

import static no.klyngeprogrammet.application.ApplicationVariables.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.klyngeprogrammet.register.Enhetsregisteret;
import no.klyngeprogrammet.register.Lookup;
import no.klyngeprogrammet.register.RegisterChecks;
import no.klyngeprogrammet.register.Stage;
import no.klyngeprogrammet.validation.Errors;
import org.springframework.stereotype.Component;

/**
 * Looks the applicant and every member up in Enhetsregisteret at submission, all at once. An
 * organisation the register does not know, has deleted, or lists as bankrupt, under liquidation or
 * forced dissolution, or a sub-unit, is refused like any other broken rule, naming it and why. A
 * register that cannot be reached refuses nothing: the organisation is kept as not checked and
 * looked up again later ({@link RegisterChecks}).
 */
@Component
class SubmissionRegisterCheck {

  private final Enhetsregisteret register;
  private final RegisterChecks checks;

  SubmissionRegisterCheck(Enhetsregisteret register, RegisterChecks checks) {
    this.register = register;
    this.checks = checks;
  }

  /**
   * @return the register's answers by organisation number, empty when the check is turned off
   * @throws no.klyngeprogrammet.validation.ValidationException naming every organisation refused
   */
  Map<String, Lookup> refuseWhatTheRegisterRefuses(Submission submission) {
    if (!register.enabled()) {
      return Map.of();
    }
    List<String> numbers = new ArrayList<>();
    numbers.add(submission.applicantOrgNumber());
    submission.members().forEach(m -> numbers.add(m.orgNumber()));
    Map<String, Lookup> answers = register.lookUpAll(numbers);

    var errors = new Errors();
    String applicantRefusal = answers.get(submission.applicantOrgNumber()).refusal(submission.applicantName());
    if (applicantRefusal != null) {
      errors.add(APPLICANT_ORG_NUMBER, SubmissionValidator.labelOf(APPLICANT_ORG_NUMBER), applicantRefusal);
    }
    for (int i = 0; i < submission.members().size(); i++) {
      Member member = submission.members().get(i);
      String refusal = answers.get(member.orgNumber()).refusal(member.name());
      if (refusal != null) {
        errors.add(MEMBERS + "[" + i + "]." + MEMBER_ORG_NUMBER, "Medlem " + (i + 1) + ": organisasjonsnummer", refusal);
      }
    }
    errors.throwIfAny(SubmissionValidator.REFUSED);
    return answers;
  }

  /** Keeps the answers beside the version's snapshot. */
  void keep(String caseNumber, int version, Map<String, Lookup> answers) {
    if (!answers.isEmpty()) {
      checks.record(caseNumber, version, Stage.SUBMISSION, answers.values());
    }
  }
}
