package no.klyngeprogrammet.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import no.klyngeprogrammet.overview.Calibration.Review;
import org.junit.jupiter.api.Test;

class CalibrationTest {

  @Test
  void aReviewerWhoAlwaysScoresHigherThanThePanelStandsOut() {
    List<Review> reviews = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      String application = "NIC-2027-%04d".formatted(i);
      double base = 12 + i % 4;
      reviews.add(new Review(application, "generous", base + 5));
      reviews.add(new Review(application, "a", base + (i % 2 == 0 ? 0.5 : -0.5)));
      reviews.add(new Review(application, "b", base + (i % 3 == 0 ? 0.5 : -0.5)));
    }

    Calibration.Result result = Calibration.of(reviews, 3);

    Calibration.ReviewerCalibration generous = result.reviewers().get(0);
    assertThat(generous.reviewerId()).as("the most deviating first").isEqualTo("generous");
    assertThat(generous.reviews()).isEqualTo(10);
    assertThat(generous.meanDeviation()).isCloseTo(5.1, within(0.2));
    assertThat(generous.z()).isGreaterThan(2);
    assertThat(result.reviewers()).filteredOn(c -> !c.reviewerId().equals("generous"))
        .allSatisfy(c -> assertThat(c.meanDeviation()).isNegative());
  }

  @Test
  void theApplicationsWithTheWidestSpreadComeFirst() {
    List<Review> reviews = List.of(
        new Review("A", "r1", 20), new Review("A", "r2", 21), new Review("A", "r3", 20),
        new Review("B", "r1", 10), new Review("B", "r2", 22), new Review("B", "r3", 15),
        new Review("C", "r1", 14), new Review("C", "r2", 18),
        new Review("D", "r1", 14));

    Calibration.Result result = Calibration.of(reviews, 2);

    assertThat(result.disagreements()).extracting(Calibration.Disagreement::caseNumber).containsExactly("B", "C");
    assertThat(result.disagreements().get(0).range()).isEqualTo(12);
    assertThat(result.disagreements().get(0).lowestTotal()).isEqualTo(10);
  }

  @Test
  void noReviewsGiveNoCalibration() {
    assertThat(Calibration.of(List.of(), 10).reviewers()).isEmpty();
    assertThat(Calibration.of(List.of(new Review("A", "r1", 20)), 10).reviewers())
        .singleElement().satisfies(c -> assertThat(c.z()).isZero());
  }
}
