package no.klyngeprogrammet.application;

import static no.klyngeprogrammet.support.TestApplications.validForm;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import no.klyngeprogrammet.call.CallVariables;
import no.klyngeprogrammet.identity.ProgrammeGroups;
import no.klyngeprogrammet.support.Http;
import no.klyngeprogrammet.support.IntegrationTest;
import no.klyngeprogrammet.support.RestVariables;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two identical submissions through {@code /engine-rest} at the same moment, on real threads,
 * while the receipt jobs of the case run as the job executor would run them: the organisation
 * gets one case, and each answer is an accepted version or a clear 400, never a 500.
 */
class ConcurrentRestSubmissionTest extends IntegrationTest {

  static final String APPLICANT = "samtidigsoker";
  static final String PASSWORD = "samtidig-passord";
  static final String START = "/engine-rest/process-definition/key/ClusterApplication/submit-form";
  static final int TRIES = 10;

  @LocalServerPort int port;
  ExecutorService threads = Executors.newFixedThreadPool(3);

  @BeforeEach
  void applicantAndOpenCall() {
    ensureUser(APPLICANT, ProgrammeGroups.APPLICANTS, PASSWORD);
    runtimeService.startProcessInstanceByKey(CallVariables.PROCESS_KEY,
        Map.of(CallVariables.DEADLINE_LOCAL, java.time.LocalDate.now(OSLO).plusDays(30) + "T12:00"));
  }

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  @Test
  void twoIdenticalSubmissionsAtTheSameMomentGiveOneCaseAndANewVersionOrAClear400() throws Exception {
    for (int organisation = 1; organisation <= TRIES; organisation++) {
      String body = RestVariables.body(validForm(organisation));
      var barrier = new CyclicBarrier(3);
      AtomicBoolean submitting = new AtomicBoolean(true);
      List<Future<HttpResponse<String>>> answers = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        answers.add(threads.submit(() -> {
          barrier.await();
          return new Http(port).postJson(START, body, "Authorization", Http.basic(APPLICANT, PASSWORD));
        }));
      }
      Future<?> jobs = threads.submit(() -> {
        barrier.await();
        while (submitting.get()) {
          runReceiptJobsAsTheJobExecutorWould();
        }
        return null;
      });
      int accepted = 0;
      for (var answer : answers) {
        HttpResponse<String> response = answer.get();
        assertThat(response.statusCode()).as(response.body()).isIn(200, 400);
        if (response.statusCode() == 400) {
          assertThat(response.body()).contains("\"field\":\"applicantOrgNumber\"", ApplicationIntake.SUBMITTED_AT_THE_SAME_MOMENT)
              .doesNotContain("ENGINE-", "org.camunda");
        } else {
          accepted++;
        }
      }
      submitting.set(false);
      jobs.get();

      String orgNumber = (String) validForm(organisation).get(ApplicationVariables.APPLICANT_ORG_NUMBER);
      List<String> cases = jdbc.sql("select case_number from application_case where applicant_org_number = ?")
          .param(orgNumber).query(String.class).list();
      assertThat(cases).as("one case for organisation %s", organisation).hasSize(1);
      assertThat(accepted).as("the first submission is always taken").isPositive();
      assertThat(count("select count(*) from application_version where case_number = ?", cases.get(0)))
          .as("one version per accepted submission").isEqualTo(accepted);
      var running = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(cases.get(0)).list();
      assertThat(running).as("only the latest version runs").hasSize(1);
      assertThat(jdbc.sql("select process_instance_id from application_version where case_number = ? and version = ?")
          .params(cases.get(0), accepted).query(String.class).single()).isEqualTo(running.get(0).getId());
    }
  }

  /** Failures are the job executor's to retry: a job deleted or changed by the other side is no error here. */
  private void runReceiptJobsAsTheJobExecutorWould() {
    for (Job job : managementService.createJobQuery().processDefinitionKey(ApplicationVariables.PROCESS_KEY)
        .executable().list()) {
      try {
        managementService.executeJob(job.getId());
      } catch (RuntimeException raced) {
        // the other side of the race won
      }
    }
  }
}
