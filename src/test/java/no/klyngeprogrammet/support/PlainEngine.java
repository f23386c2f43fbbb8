package no.klyngeprogrammet.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;

/**
 * A separate in-memory engine for one model alone, not the Spring application's, registered under
 * a name of its own, with its beans mocked ({@code Mocks}) and jobs run by the test.
 */
public final class PlainEngine {

  private PlainEngine() {}

  public static ProcessEngine named(String name) {
    var configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setExpressionManager(new MockExpressionManager());
    configuration.setProcessEngineName(name);
    configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setJobExecutorActivate(false);
    return configuration.buildProcessEngine();
  }
}
