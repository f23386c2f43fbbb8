package no.klyngeprogrammet.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import no.klyngeprogrammet.identity.PasswordLinks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The personal links to a case's status page. The token travels only in the link (the receipt, the
 * answer to a public submission); the database keeps its SHA-256 hash.
 */
@Repository
public class StatusLinks {

  static final String PATH = "/status/";

  private final JdbcClient jdbc;
  private final Clock clock;

  public StatusLinks(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** A new link to the case, valid until revoked: 256 random bits. */
  public String issue(String caseNumber) {
    String token = PasswordLinks.unguessable();
    jdbc.sql("insert into status_link (token_hash, case_number, created_at) values (?, ?, ?)")
        .params(hash(token), caseNumber, now())
        .update();
    return token;
  }

  /** The path of the status page a token opens, e.g. {@code /status/abc}. */
  public static String path(String token) {
    return PATH + token;
  }

  /** The case a token opens, unless it is unknown or revoked. */
  public Optional<String> caseOf(String token) {
    if (token == null || token.isEmpty() || token.length() > 100) {
      return Optional.empty();
    }
    return jdbc.sql("select case_number from status_link where token_hash = ? and revoked_at is null")
        .param(hash(token))
        .query(String.class).optional();
  }

  /** Revokes every link of the case that is still valid; returns how many. */
  public int revokeAll(String caseNumber, String revokedBy) {
    return jdbc.sql("update status_link set revoked_at = ?, revoked_by = ? where case_number = ? and revoked_at is null")
        .params(now(), revokedBy, caseNumber)
        .update();
  }

  static String hash(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private OffsetDateTime now() {
    return clock.instant().atOffset(ZoneOffset.UTC);
  }
}
