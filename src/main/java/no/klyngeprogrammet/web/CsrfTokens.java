package no.klyngeprogrammet.web;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import no.klyngeprogrammet.config.SharedSecrets;
import no.klyngeprogrammet.identity.PasswordLinks;
import org.springframework.stereotype.Component;

/**
 * CSRF tokens for the public application page: a signed double-submit cookie. The page's response
 * sets the token as a cookie and writes it into the page; a submission must send it back in a
 * header. Another site can make a browser send the cookie, but can neither read it nor set the
 * header. The signature (HMAC-SHA256) means that a cookie planted from elsewhere, say a sibling
 * domain, is no token either. The key is shared by every node of a cluster through the database, so
 * a page from one node may be submitted to another, and a page survives a restart.
 *
 * <p>Why not Spring Security's CSRF support: it would bring Spring Security's filter chain in front
 * of the Camunda webapps and {@code /engine-rest}, which have their own authentication and CSRF
 * protection; this guards only the one public endpoint that needs it.
 */
@Component
public class CsrfTokens {

  public static final String COOKIE = "XSRF-TOKEN";
  public static final String HEADER = "X-XSRF-TOKEN";

  private final SecretKeySpec key;

  public CsrfTokens(SharedSecrets secrets) {
    this.key = new SecretKeySpec(secrets.secret("csrf"), "HmacSHA256");
  }

  public String issue() {
    String nonce = PasswordLinks.unguessable();
    return nonce + "." + signature(nonce);
  }

  /** True when the header repeats one of the request's token cookies and the token is one this application made. */
  public boolean matches(String header, Iterable<String> cookies) {
    if (header == null || header.length() > 200 || !signedHere(header)) {
      return false;
    }
    for (String cookie : cookies) {
      if (MessageDigest.isEqual(header.getBytes(StandardCharsets.US_ASCII), cookie.getBytes(StandardCharsets.US_ASCII))) {
        return true;
      }
    }
    return false;
  }

  private boolean signedHere(String token) {
    int dot = token.indexOf('.');
    if (dot <= 0) {
      return false;
    }
    byte[] expected = signature(token.substring(0, dot)).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
  }

  private String signature(String nonce) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(nonce.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
