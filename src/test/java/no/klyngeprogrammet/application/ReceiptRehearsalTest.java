package no.klyngeprogrammet.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.Message;
import java.util.List;
import no.klyngeprogrammet.call.Level;
import no.klyngeprogrammet.notification.NotificationService;
import no.klyngeprogrammet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The receipt a node rehearses before it is ready (web/SubmissionWarmUp) is the real template,
 * composed as a real mail, and leaves nothing behind: no letter sent, logged or counted, no status
 * link issued.
 */
class ReceiptRehearsalTest extends IntegrationTest {

  @Autowired ReceiptLetter receipts;
  @Autowired MeterRegistry meters;

  static final Submission SAMPLE = new Submission("Blåbærklyngen Østfold", Level.ARENA_PRO, "Ærlig Søker AS",
      "999999905", "Åse Øvrebø", "post@blåbær.no", "+47 912 34 567",
      List.of(new Member("Ærlig Søker AS", "999999905", ActorKind.INDUSTRY)),
      "Visjon", "Fokus", "Prosjekt", "Effekt", "Bidrag", "Plan", 8_000_000, 4_000_000, 4_000_000, false);

  @Test
  void theRehearsedReceiptIsTheRealLetterAndNothingIsSentStoredOrCounted() throws Exception {
    int lettersLogged = count("select count(*) from notification_log");
    int statusLinks = count("select count(*) from status_link");
    double sent = meters.counter(NotificationService.SENT, "kind", ReceiptLetter.KIND).count();

    var message = receipts.rehearse(SAMPLE);

    assertThat(message.getSubject()).isEqualTo("Kvittering: søknad om klyngestatus " + ReceiptLetter.REHEARSAL_CASE);
    assertThat(message.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
        .containsExactly("post@xn--blbr-roah.no");
    assertThat(message.getMessageID()).isNotBlank();
    assertThat(((String) message.getContent()).replace("\r\n", "\n"))
        .startsWith("Hei, Åse Øvrebø\n")
        .contains("Vi har mottatt søknaden om klyngestatus for Blåbærklyngen Østfold, nivå Arena Pro.",
            "Saksnummer: " + ReceiptLetter.REHEARSAL_CASE,
            "Søkerorganisasjon: Ærlig Søker AS, org.nr. 999999905",
            "/status/oppvarming")
        .doesNotContain("erstatter versjon");

    assertThat(greenMail.getReceivedMessages()).isEmpty();
    assertThat(count("select count(*) from notification_log")).isEqualTo(lettersLogged);
    assertThat(count("select count(*) from status_link")).isEqualTo(statusLinks);
    assertThat(meters.counter(NotificationService.SENT, "kind", ReceiptLetter.KIND).count()).isEqualTo(sent);
  }
}
