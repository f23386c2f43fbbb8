package no.klyngeprogrammet.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Where users reach the application, for every link in a letter: {@code klynge.public-url} when it
 * is set, as in production behind a reverse proxy; otherwise the address this instance actually
 * listens on, so that the embedded default started on another port (a second instance, or
 * {@code server.port=0}) sends links that work. Only the bound port is known once the web server
 * has started; until then the configured {@code server.port} stands in.
 */
@Component
public class PublicAddress {

  private static final Logger logger = LoggerFactory.getLogger(PublicAddress.class);

  private final String configured;
  private final String scheme;
  private final String contextPath;
  private volatile String listening;

  public PublicAddress(ProgrammeProperties properties, Environment environment) {
    this.configured = properties.publicUrl() == null || properties.publicUrl().isBlank() ? null
        : withoutTrailingSlash(properties.publicUrl().strip());
    this.scheme = environment.getProperty("server.ssl.enabled", Boolean.class, false) ? "https" : "http";
    this.contextPath = withoutTrailingSlash(environment.getProperty("server.servlet.context-path", ""));
    this.listening = address(environment.getProperty("server.port", Integer.class, 8080));
  }

  @EventListener
  void webServerStarted(WebServerInitializedEvent event) {
    // A separate management port starts a server of its own; letters link to the application's.
    if (event.getApplicationContext().getServerNamespace() != null) {
      return;
    }
    listening = address(event.getWebServer().getPort());
    if (configured == null) {
      logger.info("klynge.public-url is not set: links in letters point to {}", listening);
    }
  }

  /** The address without a trailing slash, e.g. {@code https://klynge.example.no}. */
  public String url() {
    return configured != null ? configured : listening;
  }

  /** A link to a path of the application, e.g. {@code link("/status/abc")}. */
  public String link(String path) {
    return url() + path;
  }

  private String address(int port) {
    return scheme + "://localhost:" + port + contextPath;
  }

  private static String withoutTrailingSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
