package no.klyngeprogrammet.overview;

import static org.assertj.core.api.Assertions.assertThat;

import no.klyngeprogrammet.support.Http;
import no.klyngeprogrammet.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The reviewer pool's pages: case officers maintain it, a reviewer corrects their own affiliations, every change kept. */
class ReviewerPoolPagesTest extends IntegrationTest {

  static final String PASSWORD = "passord-utvalg";

  @LocalServerPort int port;
  Http http;

  @BeforeEach
  void people() {
    http = new Http(port);
    for (String[] user : new String[][] {{"officer1", "case-officers"}, {"council1", "programme-council"},
        {"rev1", "reviewers"}}) {
      ensureUser(user[0], user[1], PASSWORD);
    }
  }

  String as(String user) {
    return Http.basic(user, PASSWORD);
  }

  @Test
  void aCaseOfficerChangesAReviewersProfileAndTheChangeIsKeptWithTheirName() {
    var saved = http.postForm("/saksbehandling/fagvurderere/rev1",
        "levels=ARENA&levels=GCE&fields=havbruk%2C+energi&capacity=5&affiliations=974760673+styreverv",
        "Authorization", as("officer1"));

    assertThat(saved.statusCode()).isEqualTo(200);
    assertThat(saved.body()).contains("Endringene for rev1 er lagret.");
    assertThat(jdbc.sql("select levels || ' ' || fields || ' ' || capacity from reviewer_profile where reviewer_id = 'rev1'")
        .query(String.class).single()).isEqualTo("ARENA,GCE havbruk,energi 5");
    assertThat(jdbc.sql("select org_number || ' ' || kind from reviewer_affiliation").query(String.class).list())
        .containsExactly("974760673 BOARD");
    assertThat(jdbc.sql("select changed_by from reviewer_pool_change order by id").query(String.class).list())
        .containsExactly("officer1", "officer1");
    assertThat(http.get("/saksbehandling/fagvurderere", "Authorization", as("officer1")).body())
        .contains("Tilknytninger endret fra ingen til 974760673 (styreverv)");
  }

  /**
   * A double click on "Lagre", ten times over with new values: every answer is the page with its
   * message, never an error, and the pool holds one profile and the affiliations sent.
   */
  @Test
  void aProfileSavedTwiceAtTheSameMomentIsSavedOnceWithoutAnError() throws Exception {
    var clicks = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      for (int round = 1; round <= 10; round++) {
        String form = "levels=ARENA&fields=havbruk&capacity=" + round + "&affiliations=974760673+styreverv%0A"
            + (round % 2 == 0 ? "923609016+arbeidsgiver" : "");
        var together = new java.util.concurrent.CyclicBarrier(2);
        java.util.List<java.util.concurrent.Future<java.net.http.HttpResponse<String>>> sent = new java.util.ArrayList<>();
        for (int click = 0; click < 2; click++) {
          sent.add(clicks.submit(() -> {
            together.await();
            return http.postForm("/saksbehandling/fagvurderere/rev1", form, "Authorization", as("officer1"));
          }));
        }
        for (var answer : sent) {
          var page = answer.get();
          assertThat(page.statusCode()).as("round %d", round).isEqualTo(200);
          assertThat(page.body()).as("round %d", round).contains("Endringene for rev1 er lagret.");
        }
        assertThat(jdbc.sql("select capacity from reviewer_profile where reviewer_id = 'rev1'").query(Integer.class)
            .single()).isEqualTo(round);
        assertThat(jdbc.sql("select org_number from reviewer_affiliation where reviewer_id = 'rev1'").query(String.class)
            .list()).containsExactlyInAnyOrderElementsOf(round % 2 == 0 ? java.util.List.of("974760673", "923609016")
                : java.util.List.of("974760673"));
      }
    } finally {
      clicks.shutdownNow();
    }
  }

  @Test
  void badInputIsRefusedByFieldAndNothingChanges() {
    var refused = http.postForm("/saksbehandling/fagvurderere/rev1",
        "capacity=mange&affiliations=974760674+styreverv", "Authorization", as("officer1"));

    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("Kapasitet (capacity): må være et helt tall fra 0 til 500");
    assertThat(count("select count(*) from reviewer_profile")).isZero();
    assertThat(count("select count(*) from reviewer_pool_change")).isZero();
  }

  @Test
  void aReviewerCorrectsTheirOwnAffiliationsOnlyAndOthersMayNotMaintainThePool() {
    var page = http.postForm("/fagvurderer/tilknytninger", "affiliations=923609016+arbeidsgiver", "Authorization", as("rev1"));

    assertThat(page.body()).contains("Tilknytningene dine er lagret.", "923609016 arbeidsgiver");
    assertThat(jdbc.sql("select reviewer_id || ' ' || org_number || ' ' || kind from reviewer_affiliation")
        .query(String.class).list()).containsExactly("rev1 923609016 EMPLOYER");
    assertThat(jdbc.sql("select changed_by from reviewer_pool_change").query(String.class).single()).isEqualTo("rev1");
    assertThat(http.get("/fagvurderer/tilknytninger", "Authorization", as("officer1")).statusCode()).isEqualTo(403);
    assertThat(http.get("/saksbehandling/fagvurderere", "Authorization", as("rev1")).statusCode()).isEqualTo(403);
    assertThat(http.get("/saksbehandling/fagvurderere", "Authorization", as("council1")).statusCode()).isEqualTo(403);
  }
}
