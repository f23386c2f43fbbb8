package no.klyngeprogrammet.application;

import static no.klyngeprogrammet.application.ApplicationVariables.*;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.klyngeprogrammet.validation.Errors;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submissions from the public application page, by applicants without an account. They take the
 * path Tasklist's start form takes: the start form of {@code ClusterApplication} is submitted
 * through the engine's form service, so the same validation and intake run in the start's
 * transaction ({@link RegisterApplicationDelegate}), and a refused submission stores nothing.
 * Only the values the processes read as variables are stored as such
 * ({@link ApplicationVariables#READ_AS_VARIABLES}); the rest are transient, kept in the snapshot.
 *
 * <p>While the intake is busy ({@link IntakeLoad}), a submission is registered in its request the
 * same way, answered, and its process started after the answer ({@link DeferredStarts}): in a rush
 * the applicant's answer does not wait for the engine.
 *
 * <p>No Camunda user is authenticated for the start, so the engine records no initiator and the
 * version's {@code submitted_by} stays empty: that is how a public submission is told from one made
 * in Tasklist or through REST, which always run as a logged-in user. The applicant is identified by
 * the applicant organisation and the contact person in the submission, and follows the case through
 * the status link; nobody gets an account or Tasklist access this way.
 */
@Service
public class PublicSubmissions {

  private final FormService formService;
  private final RepositoryService repositoryService;
  private final IdentityService identityService;
  private final ApplicationRepository applications;
  private final StatusLinks statusLinks;
  private final IntakeLoad load;
  private final SubmissionRegistration registration;
  private final DeferredStarts deferredStarts;

  PublicSubmissions(FormService formService, RepositoryService repositoryService, IdentityService identityService,
      ApplicationRepository applications, StatusLinks statusLinks, IntakeLoad load, SubmissionRegistration registration,
      DeferredStarts deferredStarts) {
    this.formService = formService;
    this.repositoryService = repositoryService;
    this.identityService = identityService;
    this.applications = applications;
    this.statusLinks = statusLinks;
    this.load = load;
    this.registration = registration;
    this.deferredStarts = deferredStarts;
  }

  /** @param statusToken opens the case's status page; only its hash is stored */
  public record Receipt(String caseNumber, Instant receivedAt, String statusToken) {}

  /**
   * @param form the form's values as the form-js viewer submits them: lists as JSON arrays
   * @param statusToken the status token of the case this is a new version of, or null
   * @throws no.klyngeprogrammet.validation.ValidationException when a rule is broken; nothing is stored
   */
  @Transactional
  public Receipt submit(Map<String, Object> form, String statusToken) {
    refuseWhatTheFormDoesNotHave(form);
    boolean startInRequest = load.enterAndStartInRequest();
    try {
      // While deferred starts wait, the rush is not over; and a version starts after the one before it.
      return startInRequest && !deferredStarts.anyWaiting()
          ? startInRequest(form, statusToken)
          : startAfterAnswer(form, statusToken);
    } finally {
      load.leave();
    }
  }

  private Receipt startAfterAnswer(Map<String, Object> form, String statusToken) {
    var registered = registration.register(new HashMap<>(form), null, statusToken, null).registration();
    deferredStarts.defer(registered);
    return new Receipt(registered.caseNumber(), registered.receivedAt(), statusLinks.issue(registered.caseNumber()));
  }

  private Receipt startInRequest(Map<String, Object> form, String statusToken) {
    Map<String, Object> variables = new HashMap<>();
    form.forEach((name, value) -> variables.put(name, READ_AS_VARIABLES.contains(name) ? value
        : Variables.untypedValue(value, true)));
    if (statusToken != null) {
      // Transient: the intake compares it with the case's links, and the engine never stores it.
      variables.put(STATUS_TOKEN, Variables.stringValue(statusToken, true));
    }
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY)
        .latestVersion().singleResult().getId();
    identityService.clearAuthentication();
    ProcessInstance instance;
    try {
      instance = formService.submitStartForm(definitionId, variables);
    } catch (OptimisticLockingException lostRace) {
      throw ApplicationIntake.submittedAtTheSameMoment();
    }
    var stored = applications.findByProcessInstance(instance.getId())
        .orElseThrow(() -> new IllegalStateException("A started application has no stored version"));
    return new Receipt(stored.caseNumber(), stored.receivedAt(), statusLinks.issue(stored.caseNumber()));
  }

  /**
   * The validator lets the start event's initiator variable through, since the engine sets it, and
   * the status token arrives in a header, never in the body. Every other unknown key is refused by
   * the validator itself, together with every other broken rule.
   */
  private static void refuseWhatTheFormDoesNotHave(Map<String, Object> form) {
    var errors = new Errors();
    for (String name : List.of(APPLICANT_USER, STATUS_TOKEN)) {
      if (form.containsKey(name)) {
        errors.add(name, name, SubmissionValidator.NOT_A_FIELD);
      }
    }
    errors.throwIfAny(SubmissionValidator.REFUSED);
  }
}
