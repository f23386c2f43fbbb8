package no.klyngeprogrammet.complaint;

import static no.klyngeprogrammet.complaint.ComplaintVariables.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import no.klyngeprogrammet.application.SubmittedApplications;
import no.klyngeprogrammet.config.NorwegianFormat;
import no.klyngeprogrammet.decision.DecisionLetter;
import no.klyngeprogrammet.formal.FormalRejectionLetter;
import no.klyngeprogrammet.notification.LetterProperties;
import no.klyngeprogrammet.notification.NotificationLog;
import no.klyngeprogrammet.validation.Errors;
import no.klyngeprogrammet.validation.ValidationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Registrer klagen": a complaint is about the last decision letter in the case, and is within
 * time when received no later than the complaint window after that letter was sent.
 */
@Component
class RegisterComplaintDelegate implements JavaDelegate {

  static final String REFUSED = "Klagen ble ikke registrert.";

  /** The letters a complaint can be about: the last one sent in the case. */
  static final List<String> DECISION_LETTERS = List.of(DecisionLetter.KIND, FormalRejectionLetter.KIND,
      ComplaintLetter.KIND);

  private final ComplaintRepository complaints;
  private final SubmittedApplications applications;
  private final NotificationLog log;
  private final LetterProperties letters;
  private final Clock clock;
  private final ZoneId zone;

  public RegisterComplaintDelegate(ComplaintRepository complaints, SubmittedApplications applications,
      NotificationLog log, LetterProperties letters, Clock clock, ZoneId programmeZone) {
    this.complaints = complaints;
    this.applications = applications;
    this.log = log;
    this.letters = letters;
    this.clock = clock;
    this.zone = programmeZone;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = execution.getVariable(CASE_NUMBER) instanceof String s ? s.strip() : "";
    var letter = log.lastOf(caseNumber, DECISION_LETTERS).orElseThrow(() -> ValidationException.single(REFUSED,
        CASE_NUMBER, "Saksnummer", "det er ikke sendt noe vedtak i saken " + caseNumber));
    LocalDate sentOn = letter.sentAt().atZone(zone).toLocalDate();
    LocalDate received = receivedOn(execution.getVariable(RECEIVED_ON), sentOn);
    Errors errors = new Errors();
    errors.requireText(COMPLAINT_TEXT, "Klagen", execution.getVariable(COMPLAINT_TEXT));
    errors.throwIfAny(REFUSED);
    String text = complaintText(execution).strip();
    LocalDate windowCloses = sentOn.plus(letters.complaintWindow());
    boolean within = !received.isAfter(windowCloses);
    long id = complaints.register(caseNumber, received, text, registeredBy(execution),
        clock.instant(), letter.kind(), windowCloses, within);
    execution.setProcessBusinessKey(caseNumber);
    execution.setVariable(CASE_NUMBER, caseNumber);
    // Every task of the complaint is named after its case and cluster (identity's TaskTitles).
    execution.setVariable(CLUSTER_NAME, applications.current(caseNumber).clusterName());
    execution.setVariable(COMPLAINT_ID, id);
    execution.setVariable(WITHIN_WINDOW, within);
    execution.setVariable(FORWARDED, false);
    execution.setVariable(CONTACT_ERASED, complaints.contactErased(caseNumber));
  }

  private LocalDate receivedOn(Object value, LocalDate sentOn) {
    LocalDate received;
    try {
      received = LocalDate.parse(String.valueOf(value).strip());
    } catch (DateTimeParseException e) {
      throw ValidationException.single(REFUSED, RECEIVED_ON, "Mottatt", "må være en dato på formen 2027-10-20");
    }
    if (received.isAfter(clock.instant().atZone(zone).toLocalDate())) {
      throw ValidationException.single(REFUSED, RECEIVED_ON, "Mottatt", "kan ikke ligge fram i tid");
    }
    if (received.isBefore(sentOn)) {
      throw ValidationException.single(REFUSED, RECEIVED_ON, "Mottatt",
          "kan ikke være før vedtaksbrevet ble sendt " + NorwegianFormat.date(sentOn.atStartOfDay(zone).toInstant(), zone));
    }
    return received;
  }
}
