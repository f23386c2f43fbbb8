package no.klyngeprogrammet.application;

import static no.klyngeprogrammet.application.ApplicationVariables.*;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.klyngeprogrammet.call.CallService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The processes of public submissions registered while the intake was busy ({@link IntakeLoad}),
 * started after their answer. A deferred version is a row of {@code application_start}, written in
 * its registration's transaction, so that an answered submission is never lost, also after a crash.
 *
 * <p>Its process starts after "Registrer søknad", which the registration in the request already did,
 * with the variables that task would have set, and replaces the instance of the version before it,
 * which has started before it: a case's versions start one at a time, in order. A start holds the
 * call's row as a submission does, so it commits either before the intake closes, and then waits for
 * {@code IntakeClosed} like every other application, or after, and then starts past that event: a
 * version received in time never waits for a message already sent.
 */
@Service
public class DeferredStarts {

  /** Where the process of a version registered in its request starts while the intake is open. */
  static final String AFTER_REGISTRATION = "Gateway_SplitAfterRegistration";
  /** Where it starts once the intake has closed: both branches of that gateway, past the deadline's event. */
  static final List<String> AFTER_DEADLINE = List.of("Activity_SendReceipt", "Activity_CollectFormalFacts");

  private final JdbcClient jdbc;
  private final CallService calls;
  private final ApplicationRepository applications;
  private final SubmittedApplications submitted;
  private final Supersession supersession;
  private final RuntimeService runtimeService;

  DeferredStarts(JdbcClient jdbc, CallService calls, ApplicationRepository applications, SubmittedApplications submitted,
      Supersession supersession, RuntimeService runtimeService) {
    this.jdbc = jdbc;
    this.calls = calls;
    this.applications = applications;
    this.submitted = submitted;
    this.supersession = supersession;
    this.runtimeService = runtimeService;
  }

  /** Keeps the version's start for later, in the transaction that registers it. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void defer(ApplicationIntake.Registration registration) {
    jdbc.sql("insert into application_start (case_number, version, call_id, registered_at) values (?, ?, ?, ?)")
        .params(registration.caseNumber(), registration.version(), registration.call().id(),
            registration.receivedAt().atOffset(ZoneOffset.UTC))
        .update();
  }

  /** Whether any version waits for its start: while some do, the intake is catching up, and defers more. */
  public boolean anyWaiting() {
    return jdbc.sql("select case when exists (select 1 from application_start) then 1 else 0 end")
        .query(Integer.class).single() == 1;
  }

  /** When the longest-waiting deferred version was registered. */
  public Optional<Instant> oldestWaiting() {
    return jdbc.sql("select min(registered_at) from application_start")
        .query((rs, row) -> rs.getObject(1, OffsetDateTime.class)).optional()
        .map(at -> at == null ? null : at.toInstant());
  }

  /** The cases with versions waiting for their start, the longest-waiting first. */
  public List<String> waitingCases(int atMost) {
    return jdbc.sql("""
            select case_number from application_start
             group by case_number order by min(registered_at), case_number
            """)
        .query(String.class).list().stream().limit(atMost).toList();
  }

  /**
   * Starts the case's waiting versions, in order, in one transaction.
   *
   * @return the versions started: 0 when another node started them first
   */
  @Transactional
  public int startCase(String caseNumber) {
    Optional<Long> callId = jdbc.sql("select call_id from application_start where case_number = ?")
        .param(caseNumber).query(Long.class).list().stream().findFirst();
    if (callId.isEmpty()) {
      return 0;
    }
    boolean intakeOpen = calls.holdAndTellIfOpen(callId.get());
    // Locked, so that another node starting the same case waits and then finds none.
    List<Integer> versions = jdbc.sql(
            "select version from application_start where case_number = ? order by version for update")
        .param(caseNumber).query(Integer.class).list();
    versions.forEach(version -> start(caseNumber, version, intakeOpen));
    return versions.size();
  }

  private void start(String caseNumber, int version, boolean intakeOpen) {
    var stored = applications.findVersion(caseNumber, version)
        .orElseThrow(() -> new IllegalStateException(caseNumber + " version " + version + " is not stored"));
    Submission submission = submitted.read(stored.snapshot());
    Map<String, Object> variables = new HashMap<>();
    SubmissionValidator.toVariables(submission).forEach((name, value) -> {
      if (READ_AS_VARIABLES.contains(name)) {
        variables.put(name, value);
      }
    });
    variables.put(CASE_NUMBER, caseNumber);
    variables.put(VERSION, version);
    variables.put(CALL_ID, stored.callId());
    var instantiation = runtimeService.createProcessInstanceByKey(PROCESS_KEY).businessKey(caseNumber)
        .setVariables(variables);
    if (intakeOpen) {
      instantiation.startBeforeActivity(AFTER_REGISTRATION);
    } else {
      AFTER_DEADLINE.forEach(instantiation::startBeforeActivity);
    }
    String instance = instantiation.execute().getId();
    applications.linkInstance(caseNumber, version, instance);
    jdbc.sql("delete from application_start where case_number = ? and version = ?").params(caseNumber, version).update();
    if (version > 1) {
      supersession.replace(caseNumber, version, submission.contactEmail());
    }
  }
}
