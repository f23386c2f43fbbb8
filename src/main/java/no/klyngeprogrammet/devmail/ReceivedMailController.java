package no.klyngeprogrammet.devmail;

import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import no.klyngeprogrammet.config.NorwegianFormat;
import no.klyngeprogrammet.register.RegisterReachability;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /mail}: the letters the embedded SMTP server received, newest first. Only in the
 * embedded default; Thymeleaf escapes every value, so a letter's text is shown, never run.
 */
@Controller
@ConditionalOnBean(GreenMail.class)
public class ReceivedMailController {

  public record ShownMail(String to, String subject, String sentAt, String body) {}

  private final GreenMail greenMail;
  private final MailProperties mailProperties;
  private final ZoneId zone;
  private final RegisterReachability register;

  public ReceivedMailController(GreenMail greenMail, MailProperties mailProperties, ZoneId programmeZone,
      RegisterReachability register) {
    this.greenMail = greenMail;
    this.mailProperties = mailProperties;
    this.zone = programmeZone;
    this.register = register;
  }

  @GetMapping("/mail")
  public String inbox(Model model) throws MessagingException, IOException {
    // The server keeps one mailbox per recipient; the page lists them all by when they arrived.
    List<StoredMessage> received = new ArrayList<>(greenMail.getManagers().getImapHostManager().getAllMessages());
    received.sort(Comparator.comparing(StoredMessage::getReceivedDate).reversed());
    List<ShownMail> mails = new ArrayList<>();
    for (StoredMessage message : received) {
      mails.add(show(message.getMimeMessage()));
    }
    model.addAttribute("mails", mails);
    model.addAttribute("smtpPort", mailProperties.getPort());
    model.addAttribute("registerNotice", register.notice().orElse(null));
    return "mail-inbox";
  }

  private ShownMail show(MimeMessage message) throws MessagingException, IOException {
    String to = Arrays.stream(message.getAllRecipients()).map(Object::toString).collect(Collectors.joining(", "));
    String sentAt = message.getSentDate() == null ? "" : NorwegianFormat.dateTime(message.getSentDate().toInstant(), zone);
    return new ShownMail(to, message.getSubject(), sentAt, String.valueOf(message.getContent()));
  }
}
