package no.klyngeprogrammet.overview;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts distinct organisations and applications per group (a county, an industry) from a call's
 * member rows. Each organisation and application gets a small number once, and a group keeps bit
 * sets of them: a call of 2,000 applications has 32,000 member rows, and hashing strings into a set
 * per group was most of the overview's time.
 */
final class MemberCounts {

  private final Map<String, Integer> organisations = new HashMap<>(1 << 16);
  private final Map<String, Integer> applications = new HashMap<>(1 << 12);
  private final Map<String, Group> byCounty = new HashMap<>();
  private final Map<String, Group> byIndustry = new HashMap<>();

  /** A name read from the current row only when it is needed. */
  interface Name {
    String read() throws SQLException;
  }

  private static final class Group {
    final String name;
    final BitSet organisations = new BitSet();
    final BitSet applications = new BitSet();

    Group(String name) {
      this.name = name;
    }
  }

  /**
   * One member of one application. The names are asked for only the first time their code is
   * seen, so the reader decodes each name once per group instead of once per row.
   */
  void add(String orgNumber, String caseNumber, String countyNumber, Name county, String naceCode, Name naceName)
      throws SQLException {
    int organisation = organisations.computeIfAbsent(orgNumber, o -> organisations.size());
    int application = applications.computeIfAbsent(caseNumber, c -> applications.size());
    count(byCounty, countyNumber, county, organisation, application);
    count(byIndustry, naceCode, naceName, organisation, application);
  }

  List<CallFigures.MemberGroup> byCounty() {
    return groups(byCounty);
  }

  List<CallFigures.MemberGroup> byIndustry() {
    return groups(byIndustry);
  }

  private static void count(Map<String, Group> groups, String code, Name name, int organisation, int application)
      throws SQLException {
    Group group = groups.get(code);
    if (group == null) {
      group = new Group(name.read());
      groups.put(code, group);
    }
    group.organisations.set(organisation);
    group.applications.set(application);
  }

  private static List<CallFigures.MemberGroup> groups(Map<String, Group> groups) {
    List<CallFigures.MemberGroup> result = new ArrayList<>();
    groups.forEach((code, group) -> result.add(new CallFigures.MemberGroup(code, group.name,
        group.organisations.cardinality(), group.applications.cardinality())));
    result.sort(Comparator.comparingInt(CallFigures.MemberGroup::organisations).reversed()
        .thenComparing(CallFigures.MemberGroup::code, Comparator.nullsLast(Comparator.naturalOrder())));
    return result;
  }
}
