package no.klyngeprogrammet.notification;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** What every decision letter tells about complaints, from {@code klynge.letters}. */
@ConfigurationProperties("klynge.letters")
public record LetterProperties(String complaintAddress, Period complaintWindow) {}
