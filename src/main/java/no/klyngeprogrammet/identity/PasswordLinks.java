package no.klyngeprogrammet.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time, expiring links to set a password. The token travels only in the link; the database
 * keeps its SHA-256 hash, so a leaked table opens no account.
 */
@Repository
public class PasswordLinks {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final AccountProperties properties;
  private final Clock clock;

  public PasswordLinks(JdbcClient jdbc, AccountProperties properties, Clock clock) {
    this.jdbc = jdbc;
    this.properties = properties;
    this.clock = clock;
  }

  public record Issued(String token, Instant expiresAt) {}

  /** 256 random bits, URL-safe. */
  public static String unguessable() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public Issued issue(String userId) {
    String token = unguessable();
    Instant now = clock.instant();
    Instant expires = now.plus(properties.linkValidFor());
    jdbc.sql("insert into password_link (token_hash, user_id, created_at, expires_at) values (?, ?, ?, ?)")
        .params(hash(token), userId, utc(now), utc(expires))
        .update();
    return new Issued(token, expires);
  }

  /** The user a valid link belongs to: not used, not expired. */
  public Optional<String> userOf(String token) {
    if (token == null || token.length() > 100) {
      return Optional.empty();
    }
    return jdbc.sql("select user_id from password_link where token_hash = ? and used_at is null and expires_at > ?")
        .params(hash(token), utc(clock.instant()))
        .query(String.class).optional();
  }

  /** Marks the link used; false if it was used or expired in the meantime. */
  @Transactional
  public boolean use(String token) {
    return jdbc.sql("update password_link set used_at = ? where token_hash = ? and used_at is null and expires_at > ?")
        .params(utc(clock.instant()), hash(token), utc(clock.instant()))
        .update() == 1;
  }

  static String hash(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
