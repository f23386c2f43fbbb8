package no.klyngeprogrammet.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A task's title names whose case it is. */
class TaskTitlesTest {

  @Test
  void aTaskOfACaseNamesTheCaseNumberAndTheCluster() {
    assertThat(TaskTitles.title("Vurder søknaden", "NIC-2026-0007", "Blå Vekst", null))
        .isEqualTo("Vurder søknaden – NIC-2026-0007 Blå Vekst");
  }

  @Test
  void aCaseWithoutAClusterNameIsNamedByItsNumber() {
    assertThat(TaskTitles.title("Behandle klagen", "NIC-2026-0007", null, null))
        .isEqualTo("Behandle klagen – NIC-2026-0007");
  }

  @Test
  void aTaskOfACallNamesTheCall() {
    assertThat(TaskTitles.title("Fatt vedtak", null, null, "Utlysning 2027")).isEqualTo("Fatt vedtak – Utlysning 2027");
  }

  @Test
  void aTaskOfNoCaseKeepsItsName() {
    assertThat(TaskTitles.title("Start evalueringsrunde", null, null, null)).isEqualTo("Start evalueringsrunde");
  }

  @Test
  void aTitleLongerThanTheEngineKeepsIsShortened() {
    String title = TaskTitles.title("Vurder søknaden", "NIC-2026-0007", "K".repeat(300), null);

    assertThat(title).hasSize(TaskTitles.MAX_LENGTH).startsWith("Vurder søknaden – NIC-2026-0007 KKK").endsWith("…");
  }
}
