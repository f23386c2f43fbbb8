package no.klyngeprogrammet.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemberCountsTest {

  final AtomicInteger namesRead = new AtomicInteger();

  MemberCounts.Name name(String name) {
    return () -> {
      namesRead.incrementAndGet();
      return name;
    };
  }

  @Test
  void anOrganisationInTwoApplicationsCountsOnceAndBothApplicationsCount() throws SQLException {
    MemberCounts counts = new MemberCounts();
    counts.add("974760673", "NIC-2027-0001", "03", name("Oslo"), "94.990", name("Interesseorganisasjoner"));
    counts.add("974760673", "NIC-2027-0002", "03", name("Oslo"), "94.990", name("Interesseorganisasjoner"));
    counts.add("916781954", "NIC-2027-0002", "03", name("Oslo"), "62.010", name("Programmeringstjenester"));
    counts.add("938587051", "NIC-2027-0003", "15", name("Møre og Romsdal"), "62.010", name("Programmeringstjenester"));

    assertThat(counts.byCounty()).containsExactly(
        new CallFigures.MemberGroup("03", "Oslo", 2, 2),
        new CallFigures.MemberGroup("15", "Møre og Romsdal", 1, 1));
    assertThat(counts.byIndustry()).containsExactly(
        new CallFigures.MemberGroup("62.010", "Programmeringstjenester", 2, 2),
        new CallFigures.MemberGroup("94.990", "Interesseorganisasjoner", 1, 2));
    assertThat(namesRead).as("each group's name is read once").hasValue(4);
  }

  @Test
  void membersWithoutACodeAreAGroupOfTheirOwnListedLastAmongEquals() throws SQLException {
    MemberCounts counts = new MemberCounts();
    counts.add("974760673", "NIC-2027-0001", null, name(null), null, name(null));
    counts.add("916781954", "NIC-2027-0001", "46", name("Vestland"), "01.110", name("Dyrking av korn"));

    assertThat(counts.byCounty()).containsExactly(
        new CallFigures.MemberGroup("46", "Vestland", 1, 1),
        new CallFigures.MemberGroup(null, null, 1, 1));
    assertThat(counts.byIndustry()).extracting(CallFigures.MemberGroup::code).containsExactly("01.110", null);
  }
}
