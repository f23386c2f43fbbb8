package no.klyngeprogrammet.pool;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import no.klyngeprogrammet.call.Level;

/**
 * Allocates reviewers to the applications of a call, all at once. Plain Java rather than a solver
 * library: a greedy pass that serves the most constrained application first and always takes the
 * least loaded eligible reviewers keeps loads within one of each other, is deterministic, and runs
 * 500 applications on 60 reviewers in milliseconds.
 */
public final class ReviewerAllocation {

  /** An application to allocate: its members' organisation numbers and who may not take it again. */
  public record Application(String caseNumber, Level level, Set<String> orgNumbers, String focusAreas,
      Set<String> assignedBefore) {}

  /**
   * A reviewer of the pool with the organisations they are tied to (affiliations and declared
   * ties) and their load in this call before the allocation.
   */
  public record Reviewer(String id, Set<Level> levels, List<String> fields, int capacity, Set<String> ties,
      int load) {}

  /** What an application lacks, in the case officer's words. */
  public record Shortfall(int missing, String reason) {}

  public record Result(Map<String, List<String>> proposed, Map<String, Shortfall> shortfalls,
      Map<String, Integer> loads) {}

  private ReviewerAllocation() {}

  public static Result allocate(List<Application> applications, List<Reviewer> reviewers, int perApplication) {
    List<Reviewer> pool = reviewers.stream().sorted(Comparator.comparing(Reviewer::id)).toList();
    int[] loads = pool.stream().mapToInt(Reviewer::load).toArray();

    Map<String, int[]> eligible = new HashMap<>();
    for (Application application : applications) {
      eligible.put(application.caseNumber(), IntStream.range(0, pool.size())
          .filter(i -> !conflicted(pool.get(i), application) && !application.assignedBefore().contains(pool.get(i).id()))
          .toArray());
    }
    List<Application> mostConstrainedFirst = applications.stream()
        .sorted(Comparator.comparingInt((Application a) -> eligible.get(a.caseNumber()).length)
            .thenComparing(Application::caseNumber))
        .toList();

    Map<String, List<String>> proposed = new LinkedHashMap<>();
    Map<String, Shortfall> shortfalls = new LinkedHashMap<>();
    for (Application application : mostConstrainedFirst) {
      int[] candidates = eligible.get(application.caseNumber());
      int[] mismatch = new int[candidates.length];
      for (int c = 0; c < candidates.length; c++) {
        mismatch[c] = mismatch(pool.get(candidates[c]), application);
      }
      boolean[] taken = new boolean[candidates.length];
      List<String> chosen = new ArrayList<>();
      // The least loaded first, then the better match, then the pool's order: k passes over the
      // candidates instead of a sort, as k is small.
      while (chosen.size() < perApplication) {
        int best = -1;
        for (int c = 0; c < candidates.length; c++) {
          int i = candidates[c];
          if (taken[c] || loads[i] >= pool.get(i).capacity()) {
            continue;
          }
          if (best < 0 || loads[i] < loads[candidates[best]]
              || loads[i] == loads[candidates[best]] && mismatch[c] < mismatch[best]) {
            best = c;
          }
        }
        if (best < 0) {
          break;
        }
        taken[best] = true;
        loads[candidates[best]]++;
        chosen.add(pool.get(candidates[best]).id());
      }
      proposed.put(application.caseNumber(), List.copyOf(chosen));
      if (chosen.size() < perApplication) {
        shortfalls.put(application.caseNumber(), shortfall(application, pool, loads, perApplication, chosen));
      }
    }
    Map<String, Integer> finalLoads = new LinkedHashMap<>();
    for (int i = 0; i < pool.size(); i++) {
      finalLoads.put(pool.get(i).id(), loads[i]);
    }
    return new Result(Collections.unmodifiableMap(proposed), Collections.unmodifiableMap(shortfalls),
        Collections.unmodifiableMap(finalLoads));
  }

  /** Affiliated with the applicant or any member, by organisation number, or a declared tie. */
  public static boolean conflicted(Reviewer reviewer, Application application) {
    return application.orgNumbers().stream().anyMatch(reviewer.ties()::contains);
  }

  /** 0 when both level and field match, up to 2 when neither does. */
  static int mismatch(Reviewer reviewer, Application application) {
    boolean level = reviewer.levels().isEmpty() || reviewer.levels().contains(application.level());
    String focus = application.focusAreas() == null ? "" : application.focusAreas().toLowerCase(Locale.ROOT);
    boolean field = reviewer.fields().isEmpty()
        || reviewer.fields().stream().anyMatch(f -> focus.contains(f.toLowerCase(Locale.ROOT)));
    return (level ? 0 : 1) + (field ? 0 : 1);
  }

  private static Shortfall shortfall(Application application, List<Reviewer> pool, int[] loads,
      int perApplication, List<String> chosen) {
    long conflicted = pool.stream().filter(r -> conflicted(r, application)).count();
    long before = pool.stream().filter(r -> !conflicted(r, application) && application.assignedBefore().contains(r.id()))
        .count();
    long full = IntStream.range(0, pool.size()).mapToObj(i -> Map.entry(pool.get(i), loads[i]))
        .filter(e -> !conflicted(e.getKey(), application) && !application.assignedBefore().contains(e.getKey().id())
            && !chosen.contains(e.getKey().id()) && e.getValue() >= e.getKey().capacity()).count();
    int missing = perApplication - chosen.size();
    return new Shortfall(missing, "Mangler " + missing + " av " + perApplication + " fagvurderere: " + pool.size()
        + " i utvalget, " + conflicted + " tilknyttet søkeren eller en medlemsorganisasjon, " + before
        + " tildelt søknaden før, " + full + " uten ledig kapasitet.");
  }
}
