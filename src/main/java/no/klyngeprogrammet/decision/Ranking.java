package no.klyngeprogrammet.decision;

import static java.util.Comparator.comparing;
import static java.util.Comparator.reverseOrder;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.klyngeprogrammet.call.Level;
import no.klyngeprogrammet.scoring.Criterion;

/**
 * The recommended order per level and who is funded within the level's budget. Funding follows
 * the rank strictly: once a passing candidate does not fit, no one below it is funded, because
 * skipping ahead to a smaller application would reward asking for less over scoring higher.
 */
public final class Ranking {

  /**
   * Criteria 4 and 5 "give an advantage" in the call text, so they decide ties; criterion 2 does
   * not. Case number last, so the order never depends on the order candidates arrive in.
   */
  private static final Comparator<Candidate> ORDER =
      comparing(Candidate::total, reverseOrder())
          .thenComparing(candidate -> candidate.scoreOn(Criterion.STRATEGIC_PROJECT), reverseOrder())
          .thenComparing(candidate -> candidate.scoreOn(Criterion.SYNERGY), reverseOrder())
          .thenComparing(candidate -> candidate.scoreOn(Criterion.PARTICIPATION), reverseOrder())
          .thenComparing(candidate -> candidate.scoreOn(Criterion.LEADERSHIP), reverseOrder())
          .thenComparing(Candidate::receivedAt)
          .thenComparing(Candidate::caseNumber);

  private Ranking() {}

  public static List<RankedCandidate> rank(List<Candidate> candidatesOfOneLevel, long budget) {
    if (budget < 0) {
      throw new IllegalArgumentException("Budsjettet kan ikke være negativt");
    }
    refuseMixedLevelsAndRepeatedCases(candidatesOfOneLevel);
    List<Candidate> ordered = new ArrayList<>(candidatesOfOneLevel);
    ordered.sort(ORDER);
    List<RankedCandidate> ranked = new ArrayList<>();
    long left = budget;
    boolean fundingOpen = true;
    for (Candidate candidate : ordered) {
      boolean funded = false;
      if (fundingOpen && candidate.passesThresholds()) {
        funded = candidate.requestedAmount() <= left;
        if (funded) {
          left -= candidate.requestedAmount();
        } else {
          fundingOpen = false;
        }
      }
      ranked.add(new RankedCandidate(candidate, ranked.size() + 1, funded, left));
    }
    return List.copyOf(ranked);
  }

  /** Every level is present, with an empty list where no one applied. */
  public static Map<Level, List<RankedCandidate>> rankPerLevel(List<Candidate> all, Map<Level, Long> budgets) {
    Map<Level, List<RankedCandidate>> result = new EnumMap<>(Level.class);
    for (Level level : Level.values()) {
      List<Candidate> ofLevel = all.stream().filter(candidate -> candidate.level() == level).toList();
      Long budget = budgets.get(level);
      if (budget == null && !ofLevel.isEmpty()) {
        throw new IllegalArgumentException("Budsjett mangler for nivå " + level.displayName());
      }
      result.put(level, ofLevel.isEmpty() ? List.of() : rank(ofLevel, budget));
    }
    return Collections.unmodifiableMap(result);
  }

  private static void refuseMixedLevelsAndRepeatedCases(List<Candidate> candidates) {
    Set<String> caseNumbers = new HashSet<>();
    for (Candidate candidate : candidates) {
      if (candidate.level() != candidates.get(0).level()) {
        throw new IllegalArgumentException("Kandidatene må være på samme nivå for å rangeres sammen");
      }
      if (!caseNumbers.add(candidate.caseNumber())) {
        throw new IllegalArgumentException("Sak " + candidate.caseNumber() + " er med mer enn én gang");
      }
    }
  }
}
