package no.klyngeprogrammet.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import no.klyngeprogrammet.validation.JsonLists;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The bare engine's ceiling on the same database and engine configuration: a minimal model (start,
 * one service task writing one row, one user task) started through the Java API by as many
 * threads as the rush has clients.
 */
final class EngineCeiling {

  static final String PROCESS_KEY = "BenchMinimal";

  private final ProcessEngine engine;
  private final JdbcClient jdbc;

  EngineCeiling(ProcessEngine engine, JdbcClient jdbc) {
    this.engine = engine;
    this.jdbc = jdbc;
  }

  Map<String, Object> run(int starts, int clients, BenchDatabase database) throws Exception {
    deploy();
    return timed(starts, clients, database,
        n -> engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, Map.of("n", n)));
  }

  /**
   * The same model started as a submission starts the application's process: through the form
   * service, with the variables of the public page's form (lists and objects as Json values, as
   * {@code PublicSubmissions} passes them). The difference to {@link #run} is what the engine
   * alone spends on a submission's variables: a runtime row, a history row and two detail rows
   * (the variable's update and the form field) for each.
   */
  Map<String, Object> runWithFormVariables(int starts, int clients, BenchDatabase database,
      IntFunction<Map<String, Object>> forms) throws Exception {
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY)
        .latestVersion().singleResult().getId();
    Map<String, Object> result = timed(starts, clients, database, n -> {
      Map<String, Object> variables = new HashMap<>();
      forms.apply(n).forEach((name, value) -> variables.put(name,
          value instanceof Collection<?> || value instanceof Map<?, ?> ? JsonLists.json(value) : value));
      variables.put("n", n);
      engine.getFormService().submitStartForm(definitionId, variables);
    });
    result.put("variablesPerStart", forms.apply(0).size() + 1);
    return result;
  }

  private void deploy() {
    jdbc.sql("create schema if not exists bench").update();
    jdbc.sql("create table if not exists bench.bench_row (id bigserial primary key, process_instance_id varchar(64) not null, n integer not null)")
        .update();
    BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS_KEY).camundaHistoryTimeToLive(1)
        .startEvent()
        .serviceTask("Activity_WriteRow").camundaDelegateExpression("${benchRowWriter}")
        .userTask("Task_Open").camundaCandidateGroups("case-officers")
        .endEvent()
        .done();
    engine.getRepositoryService().createDeployment().name("benchmark").addModelInstance(PROCESS_KEY + ".bpmn", model)
        .deploy();
  }

  private Map<String, Object> timed(int starts, int clients, BenchDatabase database, IntConsumer start)
      throws Exception {
    long rowsBefore = jdbc.sql("select count(*) from bench.bench_row").query(Long.class).single();
    Latencies latencies = new Latencies();
    AtomicInteger next = new AtomicInteger();
    long commitsBefore = database.committedTransactions();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long begin = System.nanoTime();
    List<Future<?>> done = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      done.add(pool.submit(() -> {
        for (int n = next.getAndIncrement(); n < starts; n = next.getAndIncrement()) {
          long t0 = System.nanoTime();
          start.accept(n);
          latencies.record(System.nanoTime() - t0);
        }
        return null;
      }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    double seconds = (System.nanoTime() - begin) / 1e9;
    pool.shutdown();
    long commits = database.committedTransactions() - commitsBefore;

    Map<String, Object> result = new LinkedHashMap<>();
    result.put("starts", starts);
    result.put("clients", clients);
    result.put("seconds", DatabaseCeiling.round(seconds));
    result.put("startsPerSecond", DatabaseCeiling.round(starts / seconds));
    result.put("latency", latencies.summary());
    result.put("rowsWritten", jdbc.sql("select count(*) from bench.bench_row").query(Long.class).single() - rowsBefore);
    result.put("openTasks", engine.getTaskService().createTaskQuery().processDefinitionKey(PROCESS_KEY).count());
    result.put("commitsPerStart", DatabaseCeiling.round((double) commits / starts));
    return result;
  }

  /** The bare model's instances would otherwise sit in the case officers' filter during the later scenarios. */
  void removeInstances() {
    List<String> ids = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).list()
        .stream().map(p -> p.getId()).toList();
    if (!ids.isEmpty()) {
      engine.getRuntimeService().deleteProcessInstances(ids, "benchmark", true, true);
      engine.getHistoryService().deleteHistoricProcessInstances(ids);
    }
  }
}
