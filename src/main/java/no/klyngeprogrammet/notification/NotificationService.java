package no.klyngeprogrammet.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends letters as plain text, so nothing an applicant typed can run as HTML in a mail reader,
 * and logs each one.
 *
 * <p>The log row is written before the mail leaves, in the job's transaction: if sending fails,
 * the row rolls back with the job and the retry sends again; once a send has committed, a later
 * run of the same job finds the row and sends nothing.
 */
@Service
public class NotificationService {

  private final JavaMailSender mailSender;
  private final NotificationLog log;
  private final MailProperties properties;
  private final Clock clock;

  public NotificationService(JavaMailSender mailSender, NotificationLog log, MailProperties properties, Clock clock) {
    this.mailSender = mailSender;
    this.log = log;
    this.properties = properties;
    this.clock = clock;
  }

  /** @return false when the letter had been sent before */
  @Transactional
  public boolean send(Letter letter) {
    if (log.contains(letter.key())) {
      return false;
    }
    log.record(letter, clock.instant());
    mailSender.send(toMessage(letter));
    return true;
  }

  private MimeMessage toMessage(Letter letter) {
    MimeMessage message = mailSender.createMimeMessage();
    try {
      var helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
      helper.setFrom(properties.from());
      helper.setTo(letter.recipient());
      helper.setSubject(letter.subject());
      helper.setText(letter.body(), false);
    } catch (MessagingException e) {
      throw new MailSendException("Letter " + letter.key() + " could not be composed", e);
    }
    return message;
  }
}
