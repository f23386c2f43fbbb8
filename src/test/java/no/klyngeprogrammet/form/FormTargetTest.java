package no.klyngeprogrammet.form;

import static org.assertj.core.api.Assertions.assertThat;

import no.klyngeprogrammet.form.FormTarget.Kind;
import org.junit.jupiter.api.Test;

/** The paths through which the REST API takes a form, however they are spelled. */
class FormTargetTest {

  @Test
  void aTasksCompletionThroughEitherDoorAndEverySpelling() {
    for (String path : new String[] {"/engine-rest/task/abc/complete", "/engine-rest/task/abc/submit-form/",
        "/engine-rest/engine/default/task/abc/resolve", "/camunda/api/engine/engine/default/task/abc/submit-form",
        "/engine-rest//task/%61bc;x=1/complete"}) {
      var target = FormTarget.of("POST", path);
      assertThat(target).as(path).isPresent();
      assertThat(target.get().kind()).isEqualTo(Kind.TASK);
      assertThat(target.get().id()).isEqualTo("abc");
    }
  }

  @Test
  void aStartFormByIdOrKey() {
    assertThat(FormTarget.of("POST", "/engine-rest/process-definition/key/ClusterApplication/submit-form"))
        .contains(new FormTarget(Kind.DEFINITION_KEY, "ClusterApplication", "submit-form"));
    assertThat(FormTarget.of("POST", "/engine-rest/process-definition/key/ClusterApplication/tenant-id/t/start"))
        .contains(new FormTarget(Kind.DEFINITION_KEY, "ClusterApplication", "start"));
    assertThat(FormTarget.of("POST", "/camunda/api/engine/engine/default/process-definition/Def:1:2/submit-form"))
        .contains(new FormTarget(Kind.DEFINITION_ID, "Def:1:2", "submit-form"));
  }

  @Test
  void throwingAnErrorFromATaskIsNoFormAtAll() {
    assertThat(FormTarget.of("POST", "/engine-rest/task/abc/bpmnEscalation").orElseThrow().throwsFromTask()).isTrue();
    assertThat(FormTarget.of("POST", "/engine-rest/task/abc/complete").orElseThrow().throwsFromTask()).isFalse();
  }

  @Test
  void everythingElsePasses() {
    assertThat(FormTarget.of("GET", "/engine-rest/task/abc/form-variables")).isEmpty();
    assertThat(FormTarget.of("POST", "/engine-rest/task/abc/claim")).isEmpty();
    assertThat(FormTarget.of("POST", "/api/soknad")).isEmpty();
  }
}
