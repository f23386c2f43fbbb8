package no.klyngeprogrammet.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

class ConcurrentChangeTest {

  static final String POSTGRES_KEY_TAKEN =
      "ERROR: duplicate key value violates unique constraint \"act_hi_varinst_pkey\"";
  static final String H2_KEY_TAKEN =
      "Unique index or primary key violation: \"PUBLIC.PRIMARY_KEY_4E ON PUBLIC.ACT_HI_VARINST(ID_) VALUES ( 'a' )\"";

  @Test
  void anOptimisticLockingConflictAnywhereInTheCausesIsOne() {
    var wrapped = new ProcessEngineException("Cannot submit task form", new OptimisticLockingException("updated"));

    assertThat(ConcurrentChange.in(wrapped)).isTrue();
  }

  @Test
  void aFirstHistoricValueWrittenTwiceIsOneOnPostgresqlAndH2() {
    // PostgreSQL's driver puts the statement's own error behind the batch's, H2 as the cause.
    var batch = new BatchUpdateException("Batch entry 0 was aborted", "23505", new int[0]);
    batch.setNextException(new SQLException(POSTGRES_KEY_TAKEN, "23505"));
    var h2 = new SQLException("batch failed", "23505", new SQLException(H2_KEY_TAKEN, "23505"));

    assertThat(ConcurrentChange.in(new ProcessEngineException("flush", batch))).isTrue();
    assertThat(ConcurrentChange.in(new ProcessEngineException("flush", h2))).isTrue();
  }

  @Test
  void anotherTakenKeyOrAnotherErrorIsNot() {
    var caseTaken = new SQLException(
        "ERROR: duplicate key value violates unique constraint \"application_case_call_organisation_key\"", "23505");
    var valueTooLong = new SQLException("value too long for act_hi_varinst.text_", "22001");

    assertThat(ConcurrentChange.in(new ProcessEngineException("flush", caseTaken))).isFalse();
    assertThat(ConcurrentChange.in(new ProcessEngineException("flush", valueTooLong))).isFalse();
    assertThat(ConcurrentChange.in(new ProcessEngineException("no task"))).isFalse();
  }
}
