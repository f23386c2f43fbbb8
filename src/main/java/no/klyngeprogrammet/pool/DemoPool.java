package no.klyngeprogrammet.pool;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.klyngeprogrammet.call.Level;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo reviewers' profiles in the embedded default, so the walk-through shows an allocation
 * that avoids a conflict: fagvurderer1 sits on the board of 974760673, the first organisation
 * number the README suggests. Given once; a profile someone has changed is left as it is.
 */
@Component
class DemoPool {

  static final String ADDED_BY = "oppsett";

  private final ReviewerPool pool;
  private final PoolProperties properties;
  private final JdbcClient jdbc;
  private final Clock clock;

  DemoPool(ReviewerPool pool, PoolProperties properties, JdbcClient jdbc, Clock clock) {
    this.pool = pool;
    this.properties = properties;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(4)
  public void create() {
    if (!properties.demo()) {
      return;
    }
    give(new ReviewerPool.Profile("fagvurderer1", Set.of(Level.ARENA, Level.ARENA_PRO), List.of("havbruk", "marin"), 10),
        List.of(new ReviewerPool.Affiliation("974760673", AffiliationKind.BOARD)));
    give(new ReviewerPool.Profile("fagvurderer2", Set.of(), List.of("energi", "havbruk"), 10), List.of());
    give(new ReviewerPool.Profile("fagvurderer3", Set.of(Level.GCE, Level.ARENA_PRO), List.of("helse"), 8),
        List.of(new ReviewerPool.Affiliation("923609016", AffiliationKind.EMPLOYER)));
    give(new ReviewerPool.Profile("fagvurderer4", Set.of(), List.of(), 12), List.of());
  }

  private void give(ReviewerPool.Profile profile, List<ReviewerPool.Affiliation> affiliations) {
    boolean known = jdbc.sql("select count(*) from reviewer_profile where reviewer_id = ?").param(profile.reviewerId())
        .query(Integer.class).single() > 0;
    if (!known) {
      pool.save(profile.reviewerId(), Optional.of(profile), affiliations, ADDED_BY, clock.instant());
    }
  }
}
