package no.klyngeprogrammet.bench;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The bare engine's one service task: writes one row in the engine's transaction, as the system's delegates do. */
public class BenchRowWriter implements JavaDelegate {

  private final JdbcClient jdbc;

  public BenchRowWriter(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void execute(DelegateExecution execution) {
    jdbc.sql("insert into bench.bench_row (process_instance_id, n) values (?, ?)")
        .params(execution.getProcessInstanceId(), execution.getVariable("n")).update();
  }
}
