package no.klyngeprogrammet.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import no.klyngeprogrammet.call.Level;
import org.junit.jupiter.api.Test;

class MemberListsTest {

  private final SubmittedApplications applications = mock(SubmittedApplications.class);
  private final MemberLists lists = new MemberLists(applications);

  MemberListsTest() {
    when(applications.submission("NIC-2027-0007", 2)).thenReturn(submissionWith(List.of(
        new Member("Ålesund Havbruk AS", "974760673", ActorKind.INDUSTRY),
        new Member("Møre og Romsdal fylkeskommune", "944183779", ActorKind.PUBLIC))));
  }

  @Test
  void theTextHasALinePerMemberWithNumberAndKindOfActorFromTheStoredVersion() {
    assertThat(lists.text("NIC-2027-0007", 2)).isEqualTo("""
        Ålesund Havbruk AS (org.nr. 974760673, Næringsliv)
        Møre og Romsdal fylkeskommune (org.nr. 944183779, Offentlig utviklingsaktør)""");
  }

  @Test
  void theOptionsShowNameAndNumberAndChooseTheNumber() throws Exception {
    var options = new ObjectMapper().readValue(lists.options("NIC-2027-0007", 2).getValueSerialized(), List.class);

    assertThat(options).containsExactly(
        Map.of("label", "Ålesund Havbruk AS (974760673)", "value", "974760673"),
        Map.of("label", "Møre og Romsdal fylkeskommune (944183779)", "value", "944183779"));
  }

  private static Submission submissionWith(List<Member> members) {
    return new Submission("Blå Vekst", Level.ARENA, "Ålesund Havbruk AS", "974760673", "Bjørn Æsøy",
        "kontakt@example.no", "+47 912 34 567", members, "Visjon", "Havbruk", "Prosjekt", "Effekt", "Bidrag", "Plan",
        4_000_000L, 2_000_000L, 2_000_000L, false);
  }
}
