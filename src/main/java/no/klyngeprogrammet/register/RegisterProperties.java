package no.klyngeprogrammet.register;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How Enhetsregisteret is reached, from {@code klynge.enhetsregisteret}.
 *
 * @param enabled false: no organisation is looked up, and nothing is marked as checked or unchecked
 * @param attempts tries per look-up, the first included, with exponential backoff from {@code backoff}
 * @param failureRatePercent of the last {@code window} calls that opens the circuit breaker for {@code openFor}
 * @param cacheFor how long an answer of the register is trusted without asking again
 * @param maxAnswer a larger answer is not the register's: handled as unreachable
 * @param parallelLookups how many look-ups run at once
 * @param recheckAfter first wait before an unreachable organisation is looked up again, doubling up to {@code recheckAtMost}
 * @param recheckEvery how often the recheck job looks for organisations due
 */
@ConfigurationProperties("klynge.enhetsregisteret")
public record RegisterProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("https://data.brreg.no/enhetsregisteret/api") String baseUrl,
    @DefaultValue("PT2S") Duration connectTimeout,
    @DefaultValue("PT3S") Duration readTimeout,
    @DefaultValue("3") int attempts,
    @DefaultValue("PT0.2S") Duration backoff,
    @DefaultValue("50") int failureRatePercent,
    @DefaultValue("20") int window,
    @DefaultValue("PT30S") Duration openFor,
    @DefaultValue("PT6H") Duration cacheFor,
    @DefaultValue("256KB") DataSize maxAnswer,
    @DefaultValue("8") int parallelLookups,
    @DefaultValue("PT1M") Duration recheckAfter,
    @DefaultValue("PT1H") Duration recheckAtMost,
    @DefaultValue("PT1M") Duration recheckEvery) {

  String base() {
    return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }
}
