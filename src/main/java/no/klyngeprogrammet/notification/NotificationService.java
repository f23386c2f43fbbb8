package no.klyngeprogrammet.notification;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.StreamProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import org.eclipse.angus.mail.util.MailStreamProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
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
 *
 * <p>Counts letters sent and failed attempts per kind, for {@code /actuator/prometheus}. The log
 * names the kind only: the case number comes from the engine's logging context, and the
 * recipient stays out of the log.
 */
@Service
public class NotificationService {

  public static final String SENT = "klynge.notifications.sent";
  public static final String FAILED = "klynge.notifications.failed";

  private static final Logger logger = LoggerFactory.getLogger(NotificationService.class);

  static {
    nameTheMailStreamProvider();
  }

  private final JavaMailSender mailSender;
  private final NotificationLog log;
  private final MailProperties properties;
  private final Clock clock;
  private final MeterRegistry meters;

  public NotificationService(JavaMailSender mailSender, NotificationLog log, MailProperties properties, Clock clock,
      MeterRegistry meters) {
    this.mailSender = mailSender;
    this.log = log;
    this.properties = properties;
    this.clock = clock;
    this.meters = meters;
  }

  /** @return false when the letter had been sent before */
  @Transactional
  public boolean send(Letter letter) {
    if (log.contains(letter.key())) {
      return false;
    }
    Letter oneLineSubject = withOneLineSubject(letter);
    log.record(oneLineSubject, clock.instant());
    try {
      mailSender.send(toMessage(oneLineSubject));
    } catch (MailException e) {
      meters.counter(FAILED, "kind", letter.kind()).increment();
      logger.warn("Letter {} could not be sent ({}); the job will be retried", letter.kind(), e.getClass().getSimpleName());
      throw e;
    }
    meters.counter(SENT, "kind", letter.kind()).increment();
    logger.info("Letter {} sent", letter.kind());
    return true;
  }

  /**
   * Composes the letter exactly as {@link #send} does and writes it to nowhere: nothing is logged,
   * counted or sent. A node rehearses a receipt before it is ready, so that its first applicants'
   * receipts do not wait while the JVM loads the mail classes ({@code web/SubmissionWarmUp}).
   */
  public MimeMessage rehearse(Letter letter) {
    MimeMessage message = toMessage(withOneLineSubject(letter));
    try {
      message.writeTo(OutputStream.nullOutputStream());
    } catch (IOException | MessagingException e) {
      throw new MailPreparationException("Letter " + letter.key() + " could not be written", e);
    }
    return message;
  }

  /**
   * Jakarta Mail looks its stream provider up anew for every header it encodes, through a
   * {@code ServiceLoader} that reads every jar on the class path (jakartaee/mail-api#861, open):
   * composing and writing a letter took 0.40 ms with the lookup and 0.10 ms without. The API reads
   * the system property named after {@link StreamProvider} before it asks the {@code ServiceLoader},
   * so naming the provider the {@code ServiceLoader} would find anyway (Angus Mail's, the only one
   * on the class path) turns the lookup into a {@code Class.forName}. A provider named by whoever
   * started the JVM is kept.
   */
  static void nameTheMailStreamProvider() {
    if (System.getProperty(StreamProvider.class.getName()) == null) {
      System.setProperty(StreamProvider.class.getName(), MailStreamProvider.class.getName());
    }
  }

  /**
   * A subject is one header line. The forms refuse line breaks in the names that reach it, but a
   * name stored before that rule, or a user's name typed into Admin, must not split it either.
   */
  private static Letter withOneLineSubject(Letter letter) {
    return new Letter(letter.key(), letter.caseNumber(), letter.kind(), letter.recipient(),
        letter.subject().replaceAll("\\s*[\\r\\n]+\\s*", " "), letter.body(), letter.processInstanceId());
  }

  /**
   * A domain with æøå (blåbær.no) goes out in its ASCII form (xn--blbr-roah.no), which every mail
   * server accepts; an address in raw UTF-8 needs SMTPUTF8, which many relays lack.
   */
  public static String asciiDomain(String address) {
    int at = address.lastIndexOf('@');
    return address.substring(0, at + 1) + IDN.toASCII(address.substring(at + 1), IDN.ALLOW_UNASSIGNED);
  }

  /**
   * The same letter always carries the same Message-ID. A process that dies after the mail server
   * accepted a letter but before the log row committed sends it again on retry; a receiver that
   * deduplicates on Message-ID then keeps one copy. The key is hashed because it holds characters
   * (':') a Message-ID may not, and the sender's domain keeps it unique beyond this system.
   */
  static String messageId(String key, String from) {
    try {
      String domain = new InternetAddress(from).getAddress().replaceFirst(".*@", "");
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return "<" + HexFormat.of().formatHex(hash) + "@" + IDN.toASCII(domain, IDN.ALLOW_UNASSIGNED) + ">";
    } catch (AddressException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("No Message-ID for " + key, e);
    }
  }

  private MimeMessage toMessage(Letter letter) {
    MimeMessage message = mailSender.createMimeMessage();
    try {
      var helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
      helper.setFrom(properties.from());
      helper.setTo(asciiDomain(letter.recipient()));
      helper.setSubject(letter.subject());
      helper.setText(letter.body(), false);
      message.setHeader("Message-ID", messageId(letter.key(), properties.from()));
    } catch (MessagingException e) {
      throw new MailSendException("Letter " + letter.key() + " could not be composed", e);
    }
    return message;
  }
}
