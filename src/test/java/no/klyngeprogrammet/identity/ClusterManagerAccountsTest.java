package no.klyngeprogrammet.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.klyngeprogrammet.support.Http;
import no.klyngeprogrammet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An admitted cluster's contact person sets the first password through a one-time, expiring link. */
class ClusterManagerAccountsTest extends IntegrationTest {

  static final String PASSWORD = "Sterkt-passord-æøå";

  @Autowired ClusterManagerAccounts accounts;
  @LocalServerPort int port;

  String createAndReadLink() throws Exception {
    setClock(Instant.parse("2027-10-15T10:00:00Z"));
    String userId = accounts.create("NIC-2027-0007", "Blå Vekst Ærøy", "Bjørn Æsøy", "bjorn@klynge.no");
    assertThat(userId).isEqualTo("nic20270007");
    assertThat(greenMail.getReceivedMessages()).hasSize(1);
    String body = ((String) greenMail.getReceivedMessages()[0].getContent()).replace("\r\n", "\n");
    assertThat(body).contains("Brukernavnet ditt er: nic20270007")
        .contains("gjelder til 22. oktober 2027 kl. 12:00").doesNotContain(PASSWORD);
    Matcher link = Pattern.compile("http://localhost:8080(/passord/[A-Za-z0-9_-]+)").matcher(body);
    assertThat(link.find()).isTrue();
    return link.group(1);
  }

  String form(String password, String confirmation) {
    return "password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
        + "&confirmation=" + URLEncoder.encode(confirmation, StandardCharsets.UTF_8);
  }

  @Test
  void theContactPersonBecomesAClusterManagerWhoCannotLogInBeforeSettingAPassword() throws Exception {
    String path = createAndReadLink();
    assertThat(identityService.checkPassword("nic20270007", "")).isFalse();
    assertThat(new Http(port).get("/engine-rest/task", "Authorization", Http.basic("nic20270007", "null")).statusCode())
        .isEqualTo(401);

    assertThat(identityService.createUserQuery().userId("nic20270007").memberOfGroup("cluster-managers").count())
        .isEqualTo(1);
    assertThat(identityService.createUserQuery().userId("nic20270007").singleResult().getEmail())
        .isEqualTo("bjorn@klynge.no");
    String token = path.substring("/passord/".length());
    assertThat(jdbc.sql("select count(*) from password_link where token_hash = ?").param(token).query(Integer.class)
        .single()).as("the token itself is never stored").isZero();

    accounts.create("NIC-2027-0007", "Blå Vekst Ærøy", "Bjørn Æsøy", "bjorn@klynge.no");
    assertThat(greenMail.getReceivedMessages()).as("a second call sends no second link").hasSize(1);
  }

  @Test
  void theLinkSetsThePasswordOnceAndIsThenRefused() throws Exception {
    String path = createAndReadLink();
    Http http = new Http(port);

    assertThat(http.get(path).body()).contains("Sett passord", "nic20270007");
    var tooShort = http.postForm(path, form("kort", "kort"));
    assertThat(tooShort.statusCode()).isEqualTo(400);
    assertThat(tooShort.body()).contains("Passord: må ha minst 10 tegn.");
    assertThat(http.postForm(path, form(PASSWORD, PASSWORD + "x")).body())
        .contains("Gjenta passordet: de to passordene er ikke like.");

    var set = http.postForm(path, form(PASSWORD, PASSWORD));
    assertThat(set.statusCode()).isEqualTo(200);
    assertThat(set.body()).contains("Passordet er satt");
    assertThat(identityService.checkPassword("nic20270007", PASSWORD)).isTrue();

    var again = http.postForm(path, form("Et-annet-passord", "Et-annet-passord"));
    assertThat(again.statusCode()).isEqualTo(404);
    assertThat(again.body()).contains("Lenken er ugyldig, allerede brukt eller utløpt.");
    assertThat(identityService.checkPassword("nic20270007", PASSWORD)).isTrue();
  }

  @Test
  void anExpiredOrWrongLinkGetsTheSameClearRefusal() throws Exception {
    String path = createAndReadLink();
    Http http = new Http(port);

    var wrong = http.get("/passord/ikke-en-gyldig-lenke");
    assertThat(wrong.statusCode()).isEqualTo(404);
    assertThat(wrong.body()).contains("Lenken er ugyldig, allerede brukt eller utløpt.");

    setClock(Instant.parse("2027-10-22T10:00:00Z"));
    var expired = http.postForm(path, form(PASSWORD, PASSWORD));
    assertThat(expired.statusCode()).isEqualTo(404);
    assertThat(expired.body()).isEqualTo(wrong.body());
    assertThat(identityService.checkPassword("nic20270007", PASSWORD)).isFalse();
  }
}
