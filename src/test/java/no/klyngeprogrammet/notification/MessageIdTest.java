package no.klyngeprogrammet.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import no.klyngeprogrammet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A letter whose transaction dies after the mail server accepted it goes out again on retry, as
 * the same letter: both copies carry one Message-ID, derived from the letter's key, so a receiver
 * that deduplicates on Message-ID shows it once.
 */
class MessageIdTest extends IntegrationTest {

  @Autowired NotificationService notifications;
  @Autowired TransactionTemplate transactions;

  @Test
  void aLetterSentAgainAfterItsTransactionDiedCarriesTheSameMessageIdAndADifferentLetterAnother() {
    Letter letter = new Letter("TEST:NIC-2027-0001:v1", null, "TEST", "soker@blåbær.no", "Kvittering", "Takk.", null);
    transactions.executeWithoutResult(crashBeforeCommit -> {
      assertThat(notifications.send(letter)).isTrue();
      crashBeforeCommit.setRollbackOnly();
    });
    assertThat(count("select count(*) from notification_log")).as("the log row died with the transaction").isZero();

    assertThat(notifications.send(letter)).as("the retry sends it").isTrue();
    assertThat(notifications.send(letter)).as("once committed, never again").isFalse();
    notifications.send(new Letter("TEST:NIC-2027-0001:v2", null, "TEST", "soker@blåbær.no", "Kvittering", "Takk.", null));

    MimeMessage[] received = greenMail.getReceivedMessages();
    assertThat(received).hasSize(3);
    String[] ids = Arrays.stream(received).map(MessageIdTest::messageId).toArray(String[]::new);
    assertThat(ids[0]).isEqualTo(ids[1]).matches("<[0-9a-f]{64}@klyngeprogrammet\\.local>");
    assertThat(ids[2]).as("another letter, another Message-ID").isNotEqualTo(ids[0])
        .matches("<[0-9a-f]{64}@klyngeprogrammet\\.local>");
  }

  private static String messageId(MimeMessage message) {
    try {
      return message.getMessageID();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
