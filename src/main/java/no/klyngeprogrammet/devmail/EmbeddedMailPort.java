package no.klyngeprogrammet.devmail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * A second embedded default on the same machine would find the SMTP port taken by the first and
 * fail to start. When the configured port is taken, the embedded mail server and the mail sender
 * both move to a free port, chosen before either is made; the log and {@code /mail} show it.
 */
public class EmbeddedMailPort implements EnvironmentPostProcessor {

  static final String ENABLED = "klynge.mail.embedded-server.enabled";
  static final String PORT = "spring.mail.port";

  private final Log log;

  public EmbeddedMailPort(DeferredLogFactory logs) {
    this.log = logs.getLog(EmbeddedMailPort.class);
  }

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!environment.getProperty(ENABLED, Boolean.class, false)) {
      return;
    }
    int configured = environment.getProperty(PORT, Integer.class, 25);
    if (isFree(configured)) {
      return;
    }
    int chosen = freePort();
    environment.getPropertySources().addFirst(new MapPropertySource("embedded-mail-port", Map.of(PORT, chosen)));
    log.warn("SMTP port " + configured + " is taken, probably by another instance; the embedded mail server uses "
        + chosen + " instead (set " + PORT + " to choose one)");
  }

  static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      return true;
    } catch (IOException taken) {
      return false;
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException("No free port for the embedded mail server", e);
    }
  }
}
