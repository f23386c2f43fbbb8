package no.klyngeprogrammet.status;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one case state rule, without an engine or a database. */
class CaseFactsTest {

  @Test
  void aCaseMovesFromReceivedToDecided() {
    assertThat(new CaseFacts(false, false, false, false, false).state()).isEqualTo(CaseState.RECEIVED);
    assertThat(new CaseFacts(true, false, false, false, false).state()).isEqualTo(CaseState.FORMAL_CHECK);
    assertThat(new CaseFacts(true, true, false, false, false).state()).isEqualTo(CaseState.UNDER_REVIEW);
    assertThat(new CaseFacts(true, true, true, false, false).state()).isEqualTo(CaseState.AWAITING_DECISION);
    assertThat(new CaseFacts(true, true, true, true, false).state()).isEqualTo(CaseState.DECIDED);
  }

  @Test
  void aFormalRejectionIsDecidedOnceItsLetterIsSent() {
    assertThat(new CaseFacts(true, false, false, false, false).state()).isEqualTo(CaseState.FORMAL_CHECK);
    assertThat(new CaseFacts(true, false, false, true, false).state()).isEqualTo(CaseState.DECIDED);
  }

  @Test
  void anOpenComplaintOutranksTheDecision() {
    assertThat(new CaseFacts(true, false, false, true, true).state()).isEqualTo(CaseState.COMPLAINT);
  }

  @Test
  void aCaseAfterAnAnsweredComplaintIsDecidedNotAnOpenComplaint() {
    assertThat(new CaseFacts(true, true, true, true, false).state()).isEqualTo(CaseState.DECIDED);
  }
}
