package no.klyngeprogrammet.status;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.klyngeprogrammet.application.ReceiptLetter;
import no.klyngeprogrammet.application.StatusLinkLetter;
import no.klyngeprogrammet.application.SupersededLetter;
import no.klyngeprogrammet.complaint.ComplaintLetter;
import no.klyngeprogrammet.decision.DecisionLetter;
import no.klyngeprogrammet.formal.FormalRejectionLetter;
import no.klyngeprogrammet.identity.ClusterManagerAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the status page shows of one case: its state and the letters sent to the applicant. The one
 * place that reads a case's state from the project's tables, which outlive the process instances.
 * Nothing here names a reviewer, a case officer or another case.
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
      ClusterManagerAccounts.KIND, "Lenke for å lage passord som klyngeleder",
      SupersededLetter.KIND, "Melding til tidligere kontaktperson om ny versjon");

  /** The letters that tell the applicant the decision; the status says "decided" only once one is sent. */
  private static final List<String> DECISION_LETTERS = List.of(DecisionLetter.KIND, FormalRejectionLetter.KIND);

  private final JdbcClient jdbc;

  public CaseStatusView(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record SentLetter(String label, Instant sentAt) {}

  public record Status(String caseNumber, String clusterName, int version, Instant receivedAt, CaseState state,
      List<SentLetter> letters) {}

  private record Facts(String caseNumber, String clusterName, int version, Instant receivedAt, boolean intakeClosed,
      boolean formallyEligible, boolean decisionSent, boolean complained) {}

  public Optional<Status> of(String caseNumber) {
    return facts(caseNumber).map(facts -> new Status(facts.caseNumber(), facts.clusterName(), facts.version(),
        facts.receivedAt(), state(facts), letters(caseNumber)));
  }

  private static CaseState state(Facts facts) {
    if (facts.complained()) {
      return CaseState.COMPLAINT;
    }
    if (facts.decisionSent()) {
      return CaseState.DECIDED;
    }
    if (facts.formallyEligible()) {
      return CaseState.UNDER_REVIEW;
    }
    if (facts.intakeClosed()) {
      return CaseState.FORMAL_CHECK;
    }
    return CaseState.RECEIVED;
  }

  private Optional<Facts> facts(String caseNumber) {
    String decisionKinds = String.join(", ", DECISION_LETTERS.stream().map(kind -> "'" + kind + "'").toList());
    return jdbc.sql("""
            select c.case_number, v.cluster_name, v.version, v.received_at, k.status,
                   (select count(*) from formal_check f
                     where f.case_number = c.case_number and f.version = c.current_version and f.eligible = true),
                   (select count(*) from notification_log n
                     where n.case_number = c.case_number and n.kind in (%s)),
                   (select count(*) from complaint x where x.case_number = c.case_number)
              from application_case c
              join application_version v on v.case_number = c.case_number and v.version = c.current_version
              join cluster_call k on k.id = c.call_id
             where c.case_number = ?
            """.formatted(decisionKinds))
        .param(caseNumber)
        .query((rs, row) -> new Facts(rs.getString(1), rs.getString(2), rs.getInt(3),
            rs.getObject(4, OffsetDateTime.class).toInstant(), "CLOSED".equals(rs.getString(5)), rs.getInt(6) > 0,
            rs.getInt(7) > 0, rs.getInt(8) > 0))
        .optional();
  }

  private List<SentLetter> letters(String caseNumber) {
    return jdbc.sql("select kind, sent_at from notification_log where case_number = ? order by sent_at, id")
        .param(caseNumber)
        .query((rs, row) -> Map.entry(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
        .list().stream()
        .filter(letter -> APPLICANT_LETTERS.containsKey(letter.getKey()))
        .map(letter -> new SentLetter(APPLICANT_LETTERS.get(letter.getKey()), letter.getValue()))
        .toList();
  }
}
