package no.klyngeprogrammet.overview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How each reviewer scores against the panel on the same applications, and where a panel
 * disagrees most. A reviewer's deviation on an application is their total minus the mean total of
 * the application's other reviewers; their z-score is the mean deviation over its standard error
 * under the spread of all deviations in the call, so a reviewer who is merely unlucky in a few
 * applications is not singled out.
 */
public final class Calibration {

  /** One reviewer's total for one application. */
  public record Review(String caseNumber, String reviewerId, double total) {}

  public record ReviewerCalibration(String reviewerId, int reviews, double meanTotal, double meanDeviation,
      double spread, double z) {}

  /** An application whose reviewers' totals lie furthest apart. */
  public record Disagreement(String caseNumber, int reviewers, double lowestTotal, double highestTotal, double range) {}

  public record Result(List<ReviewerCalibration> reviewers, List<Disagreement> disagreements) {}

  private Calibration() {}

  public static Result of(List<Review> reviews, int mostDisagreeing) {
    Map<String, List<Review>> byApplication = reviews.stream()
        .collect(Collectors.groupingBy(Review::caseNumber, TreeMap::new, Collectors.toList()));
    Map<String, List<Double>> deviations = new TreeMap<>();
    Map<String, List<Double>> totals = new TreeMap<>();
    List<Double> all = new ArrayList<>();
    List<Disagreement> disagreements = new ArrayList<>();
    byApplication.forEach((caseNumber, panel) -> {
      panel.forEach(r -> totals.computeIfAbsent(r.reviewerId(), id -> new ArrayList<>()).add(r.total()));
      if (panel.size() < 2) {
        return;
      }
      double sum = panel.stream().mapToDouble(Review::total).sum();
      for (Review review : panel) {
        double deviation = review.total() - (sum - review.total()) / (panel.size() - 1);
        deviations.computeIfAbsent(review.reviewerId(), id -> new ArrayList<>()).add(deviation);
        all.add(deviation);
      }
      double low = panel.stream().mapToDouble(Review::total).min().orElseThrow();
      double high = panel.stream().mapToDouble(Review::total).max().orElseThrow();
      disagreements.add(new Disagreement(caseNumber, panel.size(), low, high, high - low));
    });
    double sigma = standardDeviation(all);
    List<ReviewerCalibration> calibrations = totals.keySet().stream().map(id -> {
      List<Double> own = deviations.getOrDefault(id, List.of());
      double mean = mean(own);
      double z = own.isEmpty() || sigma == 0 ? 0 : mean / (sigma / Math.sqrt(own.size()));
      return new ReviewerCalibration(id, totals.get(id).size(), mean(totals.get(id)), mean, standardDeviation(own), z);
    }).sorted(Comparator.comparingDouble((ReviewerCalibration c) -> -Math.abs(c.z()))
        .thenComparing(ReviewerCalibration::reviewerId)).toList();
    List<Disagreement> top = disagreements.stream()
        .sorted(Comparator.comparingDouble(Disagreement::range).reversed().thenComparing(Disagreement::caseNumber))
        .limit(mostDisagreeing).toList();
    return new Result(calibrations, top);
  }

  static double mean(List<Double> values) {
    return values.isEmpty() ? 0 : values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
  }

  static double standardDeviation(List<Double> values) {
    if (values.size() < 2) {
      return 0;
    }
    double mean = mean(values);
    return Math.sqrt(values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum() / (values.size() - 1));
  }
}
