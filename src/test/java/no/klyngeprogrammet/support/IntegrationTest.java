package no.klyngeprogrammet.support;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestExecutionListeners;

/** The whole application (see {@link RunningApplication}), with process test coverage recorded per test class. */
@Import(ProcessEngineCoverageConfiguration.class)
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public abstract class IntegrationTest extends RunningApplication {

  @Autowired private AuthorizationService authorizationService;
  private final List<String> coverageGrants = new ArrayList<>();

  /**
   * Coverage reads the process definition as the user whose REST call moves a process on, which a
   * reviewer or cluster manager may not: a test that calls REST as them lets these groups read the
   * definitions for its duration.
   */
  protected void letCoverageReadTheDefinitions(String... groups) {
    for (String group : groups) {
      Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      grant.setGroupId(group);
      grant.setResource(Resources.PROCESS_DEFINITION);
      grant.setResourceId(Authorization.ANY);
      grant.addPermission(Permissions.READ);
      coverageGrants.add(authorizationService.saveAuthorization(grant).getId());
    }
  }

  @AfterEach
  void takeTheCoverageGrantsBack() {
    coverageGrants.forEach(authorizationService::deleteAuthorization);
    coverageGrants.clear();
  }
}
