package no.klyngeprogrammet.pool;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import no.klyngeprogrammet.call.Level;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reviewer pool's tables. A reviewer without a profile may review any level and field, up to
 * the configured capacity. Every change is written to the history with who made it.
 */
@Repository
public class ReviewerPool {

  public record Profile(String reviewerId, Set<Level> levels, List<String> fields, int capacity) {}

  public record Affiliation(String orgNumber, AffiliationKind kind) {}

  public record Change(Instant at, String by, String description) {}

  /** Attempts of one save that met another save of the same reviewer at the same moment. */
  private static final int ATTEMPTS = 3;

  private final JdbcClient jdbc;
  private final PoolProperties properties;
  private final TransactionTemplate transaction;

  public ReviewerPool(JdbcClient jdbc, PoolProperties properties, TransactionTemplate transaction) {
    this.jdbc = jdbc;
    this.properties = properties;
    this.transaction = transaction;
  }

  public Profile profile(String reviewerId) {
    return jdbc.sql("select reviewer_id, levels, fields, capacity from reviewer_profile where reviewer_id = ?")
        .param(reviewerId).query((rs, row) -> profile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
        .optional().orElse(new Profile(reviewerId, Set.of(), List.of(), properties.defaultCapacity()));
  }

  /** The profiles of the given reviewers, by id, each with the defaults where none is stored. */
  public Map<String, Profile> profiles(Collection<String> reviewerIds) {
    Map<String, Profile> profiles = new TreeMap<>();
    reviewerIds.forEach(id -> profiles.put(id, new Profile(id, Set.of(), List.of(), properties.defaultCapacity())));
    jdbc.sql("select reviewer_id, levels, fields, capacity from reviewer_profile")
        .query((rs, row) -> profile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4))).list()
        .stream().filter(p -> profiles.containsKey(p.reviewerId())).forEach(p -> profiles.put(p.reviewerId(), p));
    return profiles;
  }

  public List<Affiliation> affiliations(String reviewerId) {
    return jdbc.sql("select org_number, kind from reviewer_affiliation where reviewer_id = ? order by org_number")
        .param(reviewerId)
        .query((rs, row) -> new Affiliation(rs.getString(1), AffiliationKind.valueOf(rs.getString(2)))).list();
  }

  /** Every reviewer's affiliated organisation numbers. */
  public Map<String, Set<String>> affiliatedOrgNumbers() {
    Map<String, Set<String>> affiliated = new TreeMap<>();
    jdbc.sql("select reviewer_id, org_number from reviewer_affiliation")
        .query((rs, row) -> affiliated.computeIfAbsent(rs.getString(1), id -> new HashSet<>()).add(rs.getString(2)))
        .list();
    return affiliated;
  }

  /** Reviewers affiliated with any of the organisations. */
  public Set<String> affiliatedWith(Collection<String> orgNumbers) {
    if (orgNumbers.isEmpty()) {
      return Set.of();
    }
    return Set.copyOf(jdbc.sql("select distinct reviewer_id from reviewer_affiliation where org_number in (:orgs)")
        .param("orgs", orgNumbers).query(String.class).list());
  }

  /**
   * A reviewer's entry as one page saves it: the profile, when given, and the affiliations, both or
   * neither. Each save writes the whole entry anew, so two saves of one reviewer at the same
   * moment (a double click, two case officers) both insert rows under the same keys; the one that
   * finds a key taken saves again, after the other, and the last save is what the pool holds.
   */
  public void save(String reviewerId, Optional<Profile> profile, List<Affiliation> affiliations, String by,
      Instant at) {
    for (int attempt = 1; ; attempt++) {
      try {
        transaction.executeWithoutResult(status -> {
          profile.ifPresent(p -> saveProfile(p, by, at));
          saveAffiliations(reviewerId, affiliations, by, at);
        });
        return;
      } catch (DuplicateKeyException | PessimisticLockingFailureException savedAtTheSameMoment) {
        if (attempt == ATTEMPTS) {
          throw savedAtTheSameMoment;
        }
      }
    }
  }

  private void saveProfile(Profile profile, String by, Instant at) {
    Profile before = profile(profile.reviewerId());
    jdbc.sql("delete from reviewer_profile where reviewer_id = ?").param(profile.reviewerId()).update();
    jdbc.sql("""
            insert into reviewer_profile (reviewer_id, levels, fields, capacity, updated_at, updated_by)
            values (?, ?, ?, ?, ?, ?)
            """)
        .params(profile.reviewerId(), profile.levels().stream().sorted().map(Level::name).collect(Collectors.joining(",")),
            String.join(",", profile.fields()), profile.capacity(), at.atOffset(ZoneOffset.UTC), by)
        .update();
    if (!before.equals(profile)) {
      record(profile.reviewerId(), by, at, "Profil endret fra " + describe(before) + " til " + describe(profile));
    }
  }

  public void saveAffiliations(String reviewerId, List<Affiliation> affiliations, String by, Instant at) {
    List<Affiliation> before = affiliations(reviewerId);
    jdbc.sql("delete from reviewer_affiliation where reviewer_id = ?").param(reviewerId).update();
    for (Affiliation affiliation : affiliations) {
      jdbc.sql("insert into reviewer_affiliation (reviewer_id, org_number, kind) values (?, ?, ?)")
          .params(reviewerId, affiliation.orgNumber(), affiliation.kind().name()).update();
    }
    List<Affiliation> after = affiliations(reviewerId);
    if (!before.equals(after)) {
      record(reviewerId, by, at, "Tilknytninger endret fra " + describe(before) + " til " + describe(after));
    }
  }

  public List<Change> history(String reviewerId) {
    return jdbc.sql("select changed_at, changed_by, description from reviewer_pool_change where reviewer_id = ? order by id desc")
        .param(reviewerId)
        .query((rs, row) -> new Change(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3))).list();
  }

  private void record(String reviewerId, String by, Instant at, String description) {
    jdbc.sql("insert into reviewer_pool_change (reviewer_id, changed_at, changed_by, description) values (?, ?, ?, ?)")
        .params(reviewerId, at.atOffset(ZoneOffset.UTC), by, description).update();
  }

  private static String describe(Profile profile) {
    return "nivåer [" + (profile.levels().isEmpty() ? "alle" : profile.levels().stream().sorted()
        .map(Level::displayName).collect(Collectors.joining(", "))) + "], fagfelt ["
        + (profile.fields().isEmpty() ? "alle" : String.join(", ", profile.fields())) + "], kapasitet "
        + profile.capacity();
  }

  private static String describe(List<Affiliation> affiliations) {
    return affiliations.isEmpty() ? "ingen" : affiliations.stream()
        .map(a -> a.orgNumber() + " (" + a.kind().displayName() + ")").collect(Collectors.joining(", "));
  }

  private static Profile profile(String id, String levels, String fields, int capacity) {
    Set<Level> parsed = EnumSet.noneOf(Level.class);
    Arrays.stream(levels.split(",")).filter(s -> !s.isBlank()).map(Level::valueOf).forEach(parsed::add);
    return new Profile(id, Set.copyOf(parsed),
        Arrays.stream(fields.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList(), capacity);
  }

  /** Parses a comma-separated text of fields as the staff page and the profile store it. */
  public static List<String> fields(String text) {
    return text == null ? List.of() : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty())
        .distinct().toList();
  }

  public static Optional<Level> level(String name) {
    return Arrays.stream(Level.values()).filter(l -> l.name().equals(name)).findFirst();
  }
}
