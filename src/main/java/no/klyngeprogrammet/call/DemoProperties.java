package no.klyngeprogrammet.call;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded default's demonstration call, {@code klynge.demo}. Without
 * {@code announcementAfter} the announcement follows the deadline as configured for calls.
 */
@ConfigurationProperties("klynge.demo")
public record DemoProperties(boolean openCall, Duration deadlineIn, Duration announcementAfter) {}
