package no.klyngeprogrammet.call;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import no.klyngeprogrammet.config.NorwegianFormat;
import no.klyngeprogrammet.validation.ValidationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens and closes calls, and tells an arriving application which call it belongs to. */
@Service
@Transactional
public class CallService {

  static final String NOT_OPENED = "Utlysningen ble ikke åpnet.";
  static final String NOT_RECEIVED = "Søknaden kan ikke tas imot.";

  private final CallRepository calls;
  private final CaseCount cases;
  private final Clock clock;
  private final ZoneId zone;

  public CallService(CallRepository calls, CaseCount cases, Clock clock, ZoneId programmeZone) {
    this.calls = calls;
    this.cases = cases;
    this.clock = clock;
    this.zone = programmeZone;
  }

  public boolean isOpen(int year) {
    return calls.isOpen(year);
  }

  public boolean acceptsSubmissionsAt(Instant instant) {
    return calls.findOpen().stream().anyMatch(call -> call.acceptsSubmissionAt(instant));
  }

  public ClusterCall open(OpenCallRequest request, String processInstanceId) {
    if (calls.isOpen(request.year())) {
      throw ValidationException.single(NOT_OPENED, CallVariables.DEADLINE_LOCAL, "Søknadsfrist",
          "det finnes allerede en åpen utlysning for " + request.year() + ", og det kan bare være én åpen utlysning per år");
    }
    long id = calls.insertOpen(request, clock.instant(), processInstanceId);
    return calls.findById(id).orElseThrow();
  }

  /**
   * Closes the call's intake and returns its number of cases. The close waits for the submissions
   * in flight, so the count includes every one that was accepted.
   */
  public int closeIntake(long callId) {
    calls.close(callId, clock.instant());
    int count = cases.casesIn(callId);
    calls.recordCaseCount(callId, count);
    return count;
  }

  /**
   * Finds the open call that accepts a submission received at {@code receivedAt}, and shares its
   * row with the other submissions for the rest of the transaction, so that closing waits for it.
   * A submission counts only if it is received strictly before the deadline.
   */
  public ClusterCall acceptSubmission(Instant receivedAt) {
    List<ClusterCall> open = calls.findOpen();
    if (open.isEmpty()) {
      throw noOpenCall(receivedAt);
    }
    ClusterCall latest = open.get(open.size() - 1);
    ClusterCall call = open.stream()
        .filter(c -> c.acceptsSubmissionAt(receivedAt))
        .findFirst()
        .orElseThrow(() -> deadlinePassed(latest));
    if (!calls.shareForSubmission(call.id())) {
      throw ValidationException.single(NOT_RECEIVED, "call", "Søknadsfrist",
          "mottaket for utlysningen " + call.title() + " er stengt");
    }
    return call;
  }

  /**
   * Holds the call's row as a submission does, to the end of the transaction: closing the intake
   * waits for the holder, or the holder for the close.
   *
   * @return whether the call's intake is still open
   */
  public boolean holdAndTellIfOpen(long callId) {
    return calls.shareForStart(callId);
  }

  /**
   * Once intake has closed, a late applicant is told the deadline that passed, as in the seconds
   * before closing; only a year without any call gets the plain answer.
   */
  private ValidationException noOpenCall(Instant receivedAt) {
    return calls.findLatestIn(receivedAt.atZone(zone).getYear())
        .filter(call -> !call.deadline().isAfter(receivedAt))
        .map(this::deadlinePassed)
        .orElseGet(() -> ValidationException.single(NOT_RECEIVED, "call", "Utlysning",
            "det er ingen åpen utlysning å søke på nå"));
  }

  private ValidationException deadlinePassed(ClusterCall call) {
    return ValidationException.single(NOT_RECEIVED, "call", "Søknadsfrist",
        "søknadsfristen " + NorwegianFormat.dateTime(call.deadline(), zone) + " har gått ut, og søknader "
            + "må være mottatt før fristen");
  }

  /**
   * Counts one more finished assessment under the call's row lock and returns whether it was the
   * last: exactly one transaction sees the count reach the number of cases at the close.
   */
  public boolean recordAssessedAndCheckAll(long callId) {
    return calls.recordAssessedAndCheckAll(callId);
  }

  /** The calls whose decisions were announced at or before the instant. */
  public List<Long> announcedBy(Instant instant) {
    return calls.announcedBy(instant);
  }

  public String processInstanceId(long callId) {
    return calls.processInstanceId(callId);
  }

  /** A new case number of the year; a number drawn by a submission that then fails is not reused. */
  public String nextCaseNumber(int year) {
    return String.format("NIC-%d-%04d", year, calls.nextCaseSequence(year));
  }

  public ClusterCall get(long callId) {
    return calls.findById(callId).orElseThrow(() -> new IllegalStateException("No call with id " + callId));
  }
}
