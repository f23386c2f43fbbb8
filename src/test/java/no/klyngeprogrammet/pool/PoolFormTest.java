package no.klyngeprogrammet.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import no.klyngeprogrammet.call.Level;
import org.junit.jupiter.api.Test;

class PoolFormTest {

  @Test
  void aProfileAndAffiliationsAreReadAsTyped() {
    ReviewerPool.Profile profile = PoolForm.profile("rev1", List.of("ARENA", "GCE"), " havbruk, energi ,, havbruk", "12");

    assertThat(profile).isEqualTo(new ReviewerPool.Profile("rev1", Set.of(Level.ARENA, Level.GCE),
        List.of("havbruk", "energi"), 12));
    assertThat(PoolForm.affiliations("974 760 673 styreverv\n\n923609016 Arbeidsgiver\n")).containsExactly(
        new ReviewerPool.Affiliation("974760673", AffiliationKind.BOARD),
        new ReviewerPool.Affiliation("923609016", AffiliationKind.EMPLOYER));
    assertThat(PoolForm.text(PoolForm.affiliations("974760673 eierskap"))).isEqualTo("974760673 eierskap\n");
  }

  @Test
  void everyBrokenRuleIsNamedWithItsFieldAndLine() {
    assertThatThrownBy(() -> PoolForm.profile("rev1", List.of("NCE"), "", "mange"))
        .hasMessage("Endringen ble ikke lagret. Nivåer (levels): kjenner ikke nivået NCE; "
            + "Kapasitet (capacity): må være et helt tall fra 0 til 500");
    assertThatThrownBy(() -> PoolForm.affiliations("974760674 styreverv\n974760673\n974760673 eierskap\n974760673 styreverv"))
        .hasMessageContaining("Tilknytninger, linje 1 (affiliations): organisasjonsnummeret: kontrollsifferet stemmer ikke")
        .hasMessageContaining("Tilknytninger, linje 2 (affiliations): må slutte med arbeidsgiver, styreverv eller eierskap")
        .hasMessageContaining("Tilknytninger, linje 4 (affiliations): organisasjonsnummeret 974760673 står allerede i listen");
  }
}
