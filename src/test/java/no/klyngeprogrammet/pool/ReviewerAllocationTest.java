package no.klyngeprogrammet.pool;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import no.klyngeprogrammet.call.Level;
import no.klyngeprogrammet.pool.ReviewerAllocation.Application;
import no.klyngeprogrammet.pool.ReviewerAllocation.Result;
import no.klyngeprogrammet.pool.ReviewerAllocation.Reviewer;
import org.junit.jupiter.api.Test;

class ReviewerAllocationTest {

  static Application application(int n, String... orgNumbers) {
    return new Application("NIC-2027-%04d".formatted(n), Level.ARENA, Set.of(orgNumbers), "havbruk og energi", Set.of());
  }

  static Reviewer reviewer(String id, int capacity, String... ties) {
    return new Reviewer(id, Set.of(), List.of(), capacity, Set.of(ties), 0);
  }

  static List<Reviewer> pool(int size, int capacity) {
    return IntStream.rangeClosed(1, size).mapToObj(i -> reviewer("rev%02d".formatted(i), capacity)).toList();
  }

  static IntSummaryStatistics loads(Result result) {
    return result.loads().values().stream().mapToInt(Integer::intValue).summaryStatistics();
  }

  @Test
  void everyApplicationGetsThreeDistinctReviewersAndLoadsStayWithinOne() {
    List<Application> applications = IntStream.rangeClosed(1, 60).mapToObj(i -> application(i, "9" + i)).toList();

    Result result = ReviewerAllocation.allocate(applications, pool(12, 20), 3);

    assertThat(result.shortfalls()).isEmpty();
    assertThat(result.proposed().values()).allSatisfy(r -> assertThat(Set.copyOf(r)).hasSize(3));
    assertThat(loads(result).getMax() - loads(result).getMin()).isLessThanOrEqualTo(1);
    assertThat(loads(result).getSum()).isEqualTo(180);
  }

  @Test
  void aReviewerTiedToTheApplicantOrAMemberIsNeverProposed() {
    List<Reviewer> reviewers = new ArrayList<>(pool(5, 20));
    reviewers.set(0, reviewer("rev01", 20, "111"));
    reviewers.set(1, reviewer("rev02", 20, "222"));
    List<Application> applications = List.of(application(1, "111", "333"), application(2, "222"), application(3, "444"));

    Result result = ReviewerAllocation.allocate(applications, reviewers, 3);

    assertThat(result.proposed().get("NIC-2027-0001")).doesNotContain("rev01").hasSize(3);
    assertThat(result.proposed().get("NIC-2027-0002")).doesNotContain("rev02").hasSize(3);
    assertThat(loads(result).getMax() - loads(result).getMin()).isLessThanOrEqualTo(1);
  }

  @Test
  void capacityAndEarlierAssignmentsAreRespected() {
    List<Reviewer> reviewers = List.of(reviewer("a", 1), reviewer("b", 5), reviewer("c", 5), reviewer("d", 5));
    Application again = new Application("NIC-2027-0001", Level.GCE, Set.of("1"), "", Set.of("b"));

    Result result = ReviewerAllocation.allocate(List.of(again, application(2, "2")), reviewers, 3);

    assertThat(result.proposed().get("NIC-2027-0001")).doesNotContain("b");
    assertThat(result.loads().get("a")).isEqualTo(1);
    assertThat(result.proposed().values().stream().flatMap(Collection::stream).filter("a"::equals)).hasSize(1);
  }

  @Test
  void theCurrentLoadCountsSoTheLightestAreProposedFirst() {
    List<Reviewer> reviewers = List.of(new Reviewer("a", Set.of(), List.of(), 10, Set.of(), 4),
        new Reviewer("b", Set.of(), List.of(), 10, Set.of(), 0), new Reviewer("c", Set.of(), List.of(), 10, Set.of(), 1));

    Result result = ReviewerAllocation.allocate(List.of(application(1, "1")), reviewers, 2);

    assertThat(result.proposed().get("NIC-2027-0001")).containsExactly("b", "c");
  }

  @Test
  void levelAndFieldDecideBetweenEquallyLoadedReviewers() {
    List<Reviewer> reviewers = List.of(new Reviewer("a", Set.of(Level.GCE), List.of("helse"), 10, Set.of(), 0),
        new Reviewer("b", Set.of(Level.ARENA), List.of("Havbruk"), 10, Set.of(), 0),
        new Reviewer("c", Set.of(Level.ARENA), List.of("romfart"), 10, Set.of(), 0));

    Result result = ReviewerAllocation.allocate(List.of(application(1, "1")), reviewers, 2);

    assertThat(result.proposed().get("NIC-2027-0001")).containsExactly("b", "c");
  }

  @Test
  void anImpossibleAllocationIsNamedPerApplicationWithWhatIsMissing() {
    List<Reviewer> reviewers = List.of(reviewer("a", 10, "111"), reviewer("b", 10, "111"), reviewer("c", 1));
    List<Application> applications = List.of(application(1, "111"), application(2, "222"), application(3, "333"));

    Result result = ReviewerAllocation.allocate(applications, reviewers, 3);

    assertThat(result.shortfalls()).containsOnlyKeys("NIC-2027-0001", "NIC-2027-0002", "NIC-2027-0003");
    assertThat(result.shortfalls().get("NIC-2027-0001").reason()).isEqualTo(
        "Mangler 2 av 3 fagvurderere: 3 i utvalget, 2 tilknyttet søkeren eller en medlemsorganisasjon, "
            + "0 tildelt søknaden før, 0 uten ledig kapasitet.");
    assertThat(result.shortfalls().get("NIC-2027-0003").reason()).contains("1 uten ledig kapasitet");
  }

  @Test
  void theSameInputGivesTheSameAllocation() {
    List<Application> applications = IntStream.rangeClosed(1, 100).mapToObj(i -> application(i, "" + (i % 7))).toList();
    List<Reviewer> reviewers = IntStream.rangeClosed(1, 20)
        .mapToObj(i -> reviewer("rev%02d".formatted(i), 30, "" + (i % 7))).toList();

    assertThat(ReviewerAllocation.allocate(applications, reviewers, 3))
        .isEqualTo(ReviewerAllocation.allocate(reversed(applications), reversed(reviewers), 3));
  }

  static <T> List<T> reversed(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    java.util.Collections.reverse(copy);
    return copy;
  }
}
