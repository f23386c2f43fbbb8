package no.klyngeprogrammet.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.klyngeprogrammet.application.ApplicationRepository;
import no.klyngeprogrammet.application.ReceiptLetter;
import no.klyngeprogrammet.application.StatusLinkLetter;
import no.klyngeprogrammet.application.SupersededLetter;
import no.klyngeprogrammet.complaint.ComplaintLetter;
import no.klyngeprogrammet.decision.DecisionLetter;
import no.klyngeprogrammet.formal.FormalRejectionLetter;
import no.klyngeprogrammet.identity.ClusterManagerAccounts;
import no.klyngeprogrammet.notification.NotificationLog;
import org.springframework.stereotype.Component;

/**
 * What the status page shows of one case: its state by the one rule of {@link CaseStates}, and the
 * letters sent to the applicant. Nothing here names a reviewer, a case officer or another case.
 */
@Component
public class CaseStatusView {

  /** Letters to the applicant, by kind; letters to reviewers and staff about the case are left out. */
  static final Map<String, String> APPLICANT_LETTERS = Map.of(
      ReceiptLetter.KIND, "Kvittering for mottatt søknad",
      StatusLinkLetter.KIND, "Ny lenke til saken",
      FormalRejectionLetter.KIND, "Vedtak: avvist etter formell vurdering",
      DecisionLetter.KIND, "Vedtak om klyngestatus",
      ComplaintLetter.KIND, "Svar på klage",
      ComplaintLetter.APPEAL_DECISION_KIND, "Klageinstansens vedtak",
      ClusterManagerAccounts.KIND, "Lenke for å lage passord som klyngeleder",
      SupersededLetter.KIND, "Melding til tidligere kontaktperson om ny versjon");

  private final ApplicationRepository applications;
  private final CaseStates states;
  private final NotificationLog log;

  public CaseStatusView(ApplicationRepository applications, CaseStates states, NotificationLog log) {
    this.applications = applications;
    this.states = states;
    this.log = log;
  }

  public record SentLetter(String label, Instant sentAt) {}

  public record Status(String caseNumber, String clusterName, int version, Instant receivedAt, CaseState state,
      List<SentLetter> letters) {}

  public Optional<Status> of(String caseNumber) {
    return applications.findCurrentVersion(caseNumber).map(current -> new Status(caseNumber, current.clusterName(),
        current.version(), current.receivedAt(), states.of(caseNumber).orElseThrow(), letters(caseNumber)));
  }

  private List<SentLetter> letters(String caseNumber) {
    return log.sentLetters(caseNumber).stream()
        .filter(letter -> APPLICANT_LETTERS.containsKey(letter.kind()))
        .map(letter -> new SentLetter(APPLICANT_LETTERS.get(letter.kind()), letter.sentAt()))
        .toList();
  }
}
