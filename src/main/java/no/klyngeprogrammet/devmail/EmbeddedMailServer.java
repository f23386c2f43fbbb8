package no.klyngeprogrammet.devmail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default's SMTP server: GreenMail in the same JVM, on the port the mail sender uses
 * ({@link EmbeddedMailPort} moves both when the configured one is taken).
 * It keeps what it receives in memory for the local mail page.
 */
@Configuration
@ConditionalOnProperty(name = "klynge.mail.embedded-server.enabled", havingValue = "true")
public class EmbeddedMailServer {

  @Bean(initMethod = "start", destroyMethod = "stop")
  public GreenMail greenMail(MailProperties mail) {
    return new GreenMail(new ServerSetup(mail.getPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
        .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
  }
}
