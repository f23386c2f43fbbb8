package no.klyngeprogrammet.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.util.StreamProvider;
import java.util.ServiceLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The letters name Jakarta Mail's stream provider, so that encoding a header does not scan the
 * class path for it; the provider named is the one the scan finds, so the letters are encoded as
 * before.
 */
class MailStreamProviderTest {

  private static final String PROPERTY = StreamProvider.class.getName();
  private final String before = System.getProperty(PROPERTY);

  @AfterEach
  void restore() {
    if (before == null) {
      System.clearProperty(PROPERTY);
    } else {
      System.setProperty(PROPERTY, before);
    }
  }

  @Test
  void theLettersNameTheStreamProviderTheServiceLoaderWouldFind() {
    System.clearProperty(PROPERTY);
    NotificationService.nameTheMailStreamProvider();

    String found = ServiceLoader.load(StreamProvider.class).findFirst().orElseThrow().getClass().getName();
    assertThat(System.getProperty(PROPERTY)).isEqualTo(found);
    assertThat(StreamProvider.provider().getClass().getName()).isEqualTo(found);
  }

  @Test
  void aProviderNamedWhenTheJvmStartedIsKept() {
    System.setProperty(PROPERTY, "com.example.OwnStreamProvider");
    NotificationService.nameTheMailStreamProvider();

    assertThat(System.getProperty(PROPERTY)).isEqualTo("com.example.OwnStreamProvider");
  }
}
