package no.klyngeprogrammet.overview;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.klyngeprogrammet.call.Level;
import no.klyngeprogrammet.config.NorwegianFormat;
import no.klyngeprogrammet.scoring.Criterion;
import no.klyngeprogrammet.scoring.ScoringProperties;
import org.springframework.stereotype.Service;

/**
 * Everything the overview page shows for one call: the tables, and the same numbers as chart data.
 * Amounts and decimals are written the Norwegian way in the tables; the charts get plain numbers.
 */
@Service
public class CallOverview {

  /** Totals are counted in bins of this width, from 0 to 25. */
  static final double BIN = 2.5;

  /**
   * Rows of the totals table on one page: a call of 2,000 applications made one table of 390 KB
   * that nobody reads through. Every total, with every criterion's score, is in the council's export.
   */
  static final int TOTALS_PER_PAGE = 100;

  public record Chart(String id, String type, String title, List<String> labels, Map<String, List<Number>> series,
      boolean stacked) {}

  public record Page(CallFigures.CallRef call, String deadline, String announcement, List<CallFigures.Funnel> funnel,
      List<CallFigures.ReviewerProgress> progress, List<WaitingRow> waiting, List<TotalRow> totals,
      Paging totalsPaging,
      List<String> binLabels, Map<Level, List<Integer>> histogram, Map<Criterion, Map<Level, String>> criterionMeans,
      List<CalibrationRow> calibration, List<Calibration.Disagreement> disagreements, String criterionThreshold,
      String totalThreshold, Members members, List<Chart> charts) {}

  /** The call's member organisations by the register's county and industry, and those not yet checked. */
  public record Members(List<CallFigures.MemberGroup> byCounty, List<CallFigures.MemberGroup> byIndustry,
      int unchecked) {}

  public record WaitingRow(String caseNumber, String clusterName, String since, long days, int openReviews) {}

  public record TotalRow(int rank, String caseNumber, String level, String total, String lowest, boolean passes) {}

  public record CalibrationRow(String reviewerId, int reviews, String meanTotal, String meanDeviation, String spread,
      String z, boolean standsOut) {}

  private final CallFigures figures;
  private final ScoringProperties scoring;
  private final Clock clock;
  private final ZoneId zone;

  public CallOverview(CallFigures figures, ScoringProperties scoring, Clock clock, ZoneId programmeZone) {
    this.figures = figures;
    this.scoring = scoring;
    this.clock = clock;
    this.zone = programmeZone;
  }

  /** The overview with the given page of the totals table ({@code null} for the first). */
  public Page of(CallFigures.CallRef call, String totalsPage) {
    return of(call, totalsPage, TOTALS_PER_PAGE);
  }

  Page of(CallFigures.CallRef call, String totalsPage, int totalsPerPage) {
    var now = clock.instant();
    List<CallFigures.Funnel> funnel = figures.funnel(call.id());
    List<CallFigures.ReviewerProgress> progress = figures.progress(call.id(), now);
    List<WaitingRow> waiting = figures.waitingLongest(call.id(), 10).stream()
        .map(w -> new WaitingRow(w.caseNumber(), w.clusterName(), NorwegianFormat.date(w.since(), zone),
            Duration.between(w.since(), now).toDays(), w.openReviews()))
        .toList();
    List<CallFigures.Scored> scored = figures.scored(call.id());
    Paging totalsPaging = Paging.of(scored.size(), totalsPage, totalsPerPage);
    List<CallFigures.Scored> ranked = totalsPaging.rowsOf(scored.stream()
        .sorted(Comparator.comparing(CallFigures.Scored::total).reversed().thenComparing(CallFigures.Scored::caseNumber))
        .toList());
    List<TotalRow> totals = new ArrayList<>();
    for (int i = 0; i < ranked.size(); i++) {
      CallFigures.Scored s = ranked.get(i);
      totals.add(new TotalRow(totalsPaging.from() + i + 1, s.caseNumber(), s.level().displayName(),
          decimal(s.total().doubleValue()),
          decimal(s.scores().values().stream().min(BigDecimal::compareTo).orElse(BigDecimal.ZERO).doubleValue()),
          s.passes()));
    }
    List<String> binLabels = new ArrayList<>();
    for (double from = 0; from < 25; from += BIN) {
      binLabels.add(decimal(from) + "–" + decimal(from + BIN));
    }
    Map<Level, List<Integer>> histogram = new LinkedHashMap<>();
    Map<Criterion, Map<Level, String>> criterionMeans = new LinkedHashMap<>();
    Map<String, List<Number>> meanSeries = new LinkedHashMap<>();
    for (Level level : Level.values()) {
      List<Integer> counts = new ArrayList<>(java.util.Collections.nCopies(binLabels.size(), 0));
      scored.stream().filter(s -> s.level() == level).forEach(s -> {
        int bin = Math.min(binLabels.size() - 1, (int) (s.total().doubleValue() / BIN));
        counts.set(bin, counts.get(bin) + 1);
      });
      histogram.put(level, counts);
      List<Number> means = new ArrayList<>();
      for (Criterion criterion : Criterion.values()) {
        double mean = scored.stream().filter(s -> s.level() == level)
            .mapToDouble(s -> s.scores().getOrDefault(criterion, BigDecimal.ZERO).doubleValue()).average().orElse(Double.NaN);
        criterionMeans.computeIfAbsent(criterion, c -> new LinkedHashMap<>()).put(level,
            Double.isNaN(mean) ? "–" : decimal(mean));
        means.add(Double.isNaN(mean) ? 0 : round(mean));
      }
      meanSeries.put(level.displayName(), means);
    }
    Calibration.Result calibration = Calibration.of(figures.reviews(call.id()), 10);
    List<CalibrationRow> calibrationRows = calibration.reviewers().stream()
        .map(c -> new CalibrationRow(c.reviewerId(), c.reviews(), decimal(c.meanTotal()), signed(c.meanDeviation()),
            decimal(c.spread()), signed(c.z()), Math.abs(c.z()) >= 2))
        .toList();

    CallFigures.MemberGroups groups = figures.memberGroups(call.id());
    Members members = new Members(groups.byCounty(), groups.byIndustry(), figures.unchecked(call.id()));

    List<Chart> charts = new ArrayList<>();
    Map<String, List<Number>> funnelSeries = new LinkedHashMap<>();
    for (CallFigures.Funnel f : funnel) {
      funnelSeries.put(f.level().displayName(), List.of(f.received(), f.formallyRejected(), f.underReview(),
          f.assessed(), f.recommended(), f.decided(), f.admitted()));
    }
    charts.add(new Chart("chart-funnel", "bar", "Søknader per trinn og nivå", STAGES, funnelSeries, false));
    Map<String, List<Number>> budgetSeries = new LinkedHashMap<>();
    budgetSeries.put("Budsjett", funnel.stream().map(f -> (Number) f.budget()).toList());
    budgetSeries.put("Innstilt", funnel.stream().map(f -> (Number) f.recommendedAmount()).toList());
    budgetSeries.put("Tildelt", funnel.stream().map(f -> (Number) f.admittedFunding()).toList());
    charts.add(new Chart("chart-budget", "bar", "Budsjett, innstilt og tildelt per nivå (kr per år)",
        funnel.stream().map(f -> f.level().displayName()).toList(), budgetSeries, false));
    Map<String, List<Number>> progressSeries = new LinkedHashMap<>();
    progressSeries.put("Levert", progress.stream().map(p -> (Number) p.done()).toList());
    progressSeries.put("Pågår", progress.stream().map(p -> (Number) (p.open() - p.overdue())).toList());
    progressSeries.put("Over fristen", progress.stream().map(p -> (Number) p.overdue()).toList());
    charts.add(new Chart("chart-progress", "bar", "Fagvurderinger per fagvurderer",
        progress.stream().map(CallFigures.ReviewerProgress::reviewerId).toList(), progressSeries, true));
    Map<String, List<Number>> histogramSeries = new LinkedHashMap<>();
    histogram.forEach((level, counts) -> histogramSeries.put(level.displayName(), List.copyOf(counts)));
    charts.add(new Chart("chart-totals", "bar", "Fordeling av totalpoeng per nivå", binLabels, histogramSeries, true));
    charts.add(new Chart("chart-criteria", "bar", "Gjennomsnittlig poeng per kriterium og nivå",
        java.util.Arrays.stream(Criterion.values()).map(c -> c.number() + ". " + c.displayName()).toList(),
        meanSeries, false));
    charts.add(new Chart("chart-calibration", "bar", "Fagvurderernes avvik fra panelet (z-verdi)",
        calibration.reviewers().stream().map(Calibration.ReviewerCalibration::reviewerId).toList(),
        Map.of("z-verdi", calibration.reviewers().stream().map(c -> (Number) round(c.z())).toList()), false));
    charts.add(new Chart("chart-counties", "bar", "Medlemsorganisasjoner per fylke",
        members.byCounty().stream().map(g -> g.name() == null ? UNKNOWN_COUNTY : g.name()).toList(),
        Map.of("Organisasjoner", members.byCounty().stream().map(g -> (Number) g.organisations()).toList()), false));

    return new Page(call, NorwegianFormat.dateTime(call.deadline(), zone), NorwegianFormat.dateTime(call.announcement(), zone),
        funnel, progress, waiting, totals, totalsPaging, binLabels, histogram, criterionMeans, calibrationRows,
        calibration.disagreements(), decimal(scoring.criterionThreshold().doubleValue()),
        decimal(scoring.totalThreshold().doubleValue()), members, charts);
  }

  static final List<String> STAGES = List.of("Mottatt", "Formelt avvist", "Under fagvurdering", "Vurdert", "Innstilt",
      "Vedtatt", "Tatt opp");

  /** The county of an organisation the register answered for without a Norwegian municipality. */
  public static final String UNKNOWN_COUNTY = "Uten fylke i registeret";

  public static String decimal(double value) {
    return String.format(NorwegianFormat.BOKMAL, "%.2f", value);
  }

  static String signed(double value) {
    return String.format(NorwegianFormat.BOKMAL, "%+.2f", value).replace('-', '−');
  }

  static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
