package no.klyngeprogrammet.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import no.klyngeprogrammet.validation.FieldError;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules of {@link FormSubmission}, and a walk over every form in {@code processes/}: each is
 * read by the server (a component it does not know fails here), and each read-only field, changed,
 * is refused.
 */
class FormSubmissionTest {

  static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Path> forms() throws IOException {
    return Files.list(Path.of("processes")).filter(p -> p.toString().endsWith(".form")).sorted();
  }

  static FormSchema schema(Path form) throws IOException {
    try (InputStream in = Files.newInputStream(form)) {
      return FormSchema.read(in);
    }
  }

  static ObjectNode rest(Map<String, Object> values) {
    ObjectNode variables = JSON.createObjectNode();
    values.forEach((key, value) -> {
      ObjectNode typed = JSON.createObjectNode();
      typed.set("value", JSON.valueToTree(value));
      variables.set(key, typed);
    });
    return variables;
  }

  static FormSubmission.Result check(FormSchema form, ObjectNode variables, Map<String, Object> held) {
    return FormSubmission.checkTask(form, variables, key -> FormSubmission.comparable(held.get(key)));
  }

  static Map<String, String> refused(FormSubmission.Result result) {
    Map<String, String> refused = new TreeMap<>();
    for (FieldError error : result.errors()) {
      refused.put(error.field(), error.message());
    }
    return refused;
  }

  @ParameterizedTest
  @MethodSource("forms")
  void everyReadOnlyFieldOfEveryFormTakesItsValueBackAndRefusesAnother(Path file) throws IOException {
    FormSchema form = schema(file);
    Map<String, Object> held = new HashMap<>();
    Map<String, Object> sentBack = new HashMap<>();
    Map<String, Object> changed = new HashMap<>();
    for (FormField field : form.fields()) {
      if (field.readOnly()) {
        Object value = field.kind() == FieldKind.NUMBER ? (Object) 1_320_000 : "NIC-2027-0002 Blå Vekst";
        held.put(field.key(), value);
        sentBack.put(field.key(), value);
        changed.put(field.key(), field.kind() == FieldKind.NUMBER ? (Object) 5_000_000 : "NIC-2026-0001 Kapret klynge");
      }
    }

    var asShown = check(form, rest(sentBack), held);
    assertThat(refused(asShown)).as(file + ": read-only fields sent back as shown")
        .doesNotContainKeys(sentBack.keySet().toArray(String[]::new));
    assertThat(asShown.accepted().size()).as("and dropped, not passed on").isZero();

    var tampered = check(form, rest(changed), held);
    assertThat(refused(tampered)).as(file.toString()).containsAllEntriesOf(
        changed.keySet().stream().collect(TreeMap::new, (m, k) -> m.put(k, FormSubmission.READ_ONLY), Map::putAll));

    var unknown = check(form, rest(Map.of("isAdmitted", true)), held);
    assertThat(refused(unknown)).containsEntry("isAdmitted", FormSubmission.NOT_A_FIELD);
  }

  @Test
  void theAnnualReportOfAnotherClusterIsRefusedFieldByField() throws IOException {
    FormSchema form = schema(Path.of("processes/annual-report.form"));
    Map<String, Object> held = Map.of("caseNumber", "NIC-2026-0002", "clusterName", "Blå Vekst",
        "roundYear", 2027, "grantedAmount", 1_200_000L);
    ObjectNode hijack = rest(Map.of("caseNumber", "NIC-2026-0001", "clusterName", "Kapret klynge",
        "roundYear", 1999, "grantedAmount", 5_000_000));

    assertThat(refused(check(form, hijack, held))).containsEntry("caseNumber", FormSubmission.READ_ONLY)
        .containsEntry("clusterName", FormSubmission.READ_ONLY).containsEntry("roundYear", FormSubmission.READ_ONLY)
        .containsEntry("grantedAmount", FormSubmission.READ_ONLY);
  }

  @Test
  void aNumberShownReadOnlyMayComeBackAsTextOrAnotherNumberType() throws IOException {
    FormSchema form = schema(Path.of("processes/annual-report.form"));
    Map<String, Object> held = Map.of("roundYear", 2027, "grantedAmount", 1_200_000L);
    ObjectNode variables = JSON.createObjectNode();
    variables.set("roundYear", JSON.readTree("{\"value\": \"2027\", \"type\": \"Integer\"}"));
    variables.set("grantedAmount", JSON.readTree("{\"value\": 1200000.0, \"type\": \"Double\"}"));

    assertThat(refused(check(form, variables, held))).doesNotContainKeys("roundYear", "grantedAmount");
  }

  @Test
  void editableFieldsKeepTheirKindAndTheFormsLimits() throws IOException {
    FormSchema form = schema(Path.of("processes/review-application.form"));
    ObjectNode variables = rest(Map.of("scoreSynergy", "fem", "scoreLeadership", 7,
        "justificationSynergy", "x".repeat(4001), "justificationLeadership", 4));

    assertThat(refused(check(form, variables, Map.of())))
        .containsEntry("scoreSynergy", "må være et tall")
        .containsEntry("scoreLeadership", "kan ikke være større enn 5")
        .containsEntry("justificationSynergy", "kan ha høyst 4000 tegn, men har 4001")
        .containsEntry("justificationLeadership", "må være tekst")
        .containsEntry("scoreValueCreation", "må fylles ut");
  }

  @Test
  void onlyTheTypesAFormSendsAreTaken() throws IOException {
    FormSchema form = schema(Path.of("processes/declare-impartiality.form"));
    ObjectNode variables = JSON.createObjectNode();
    variables.set("conflictOfInterest", JSON.readTree("{\"value\": \"ja\", \"type\": \"String\"}"));
    variables.set("conflictExplanation", JSON.readTree(
        "{\"value\": \"rO0ABXQAA2Zvbw==\", \"type\": \"Object\", \"valueInfo\": {\"serializationDataFormat\": "
            + "\"application/x-java-serialized-object\", \"objectTypeName\": \"java.lang.String\"}}"));
    variables.set("conflictOrganisations", JSON.readTree("{\"value\": \"[{\", \"type\": \"Json\"}"));

    assertThat(refused(check(form, variables, Map.of())))
        .containsEntry("conflictOfInterest", "må være ja eller nei (true eller false)")
        .containsEntry("conflictExplanation", "har en type som skjemaet ikke sender (Object)")
        .containsEntry("conflictOrganisations", "er ikke gyldig JSON");
  }

  @Test
  void halfASurrogatePairIsRefusedOnTaskAndStartFormsAlike() throws IOException {
    ObjectNode variables = rest(Map.of("justificationSynergy", "Sterk \ud800"));
    assertThat(refused(check(schema(Path.of("processes/review-application.form")), variables, Map.of())))
        .containsEntry("justificationSynergy", "inneholder tegn som ikke er gyldig Unicode");
    var start = FormSubmission.checkStart(schema(Path.of("processes/application.form")),
        rest(Map.of("clusterName", "Blå \ud800")), Set.of());
    assertThat(refused(start)).containsEntry("clusterName", "inneholder tegn som ikke er gyldig Unicode");
  }

  @Test
  void aChecklistTakesTheListTasklistSendsAsJson() throws IOException {
    FormSchema form = schema(Path.of("processes/assign-reviewers.form"));
    ObjectNode variables = JSON.createObjectNode();
    variables.set("selectedReviewers", JSON.readTree("{\"value\": \"[\\\"rev1\\\", \\\"rev2\\\"]\", \"type\": \"Json\"}"));

    var result = check(form, variables, Map.of());

    assertThat(result.errors()).isEmpty();
    assertThat(result.accepted().has("selectedReviewers")).isTrue();
  }

  /** The review form's content is one value, the path of a group of read-only fields. */
  @Test
  void aGroupOfReadOnlyFieldsComesBackAsTasklistSendsItAndNotChanged() throws IOException {
    FormSchema form = schema(Path.of("processes/review-application.form"));
    assertThat(form.field("application")).get()
        .satisfies(group -> assertThat(group.readOnly()).isTrue())
        .satisfies(group -> assertThat(group.kind()).isEqualTo(FieldKind.OBJECT));
    assertThat(form.field("vision")).as("its fields are the group's, not the form's").isEmpty();
    Map<String, Object> content = new LinkedHashMap<>();
    content.put("level", "ARENA");
    content.put("vision", "Å gjøre havnæringen på Sørøya grønnere.");
    content.put("projectEffect", null);
    content.put("budgetPerYear", 1_320_000L);
    Map<String, Object> held = Map.of("application", content);

    var asShown = check(form, group("{\"level\": \"ARENA\", \"vision\": \"Å gjøre havnæringen på Sørøya grønnere.\","
        + " \"projectEffect\": \"\", \"budgetPerYear\": 1320000.0}"), held);
    assertThat(refused(asShown)).as("an empty text is no value, a number any number type")
        .doesNotContainKey("application");
    assertThat(asShown.accepted().has("application")).as("dropped, not passed on").isFalse();

    var changed = check(form, group("{\"level\": \"GCE\", \"vision\": \"Å gjøre havnæringen på Sørøya grønnere.\","
        + " \"projectEffect\": null, \"budgetPerYear\": 1320000}"), held);
    assertThat(refused(changed)).containsEntry("application", FormSubmission.READ_ONLY);
    assertThat(changed.errors()).filteredOn(error -> error.field().equals("application"))
        .extracting(FieldError::label).containsExactly("Søknaden");

    var partly = check(form, group("{\"level\": \"ARENA\"}"), held);
    assertThat(refused(partly)).as("a value left out is a value changed").containsEntry("application",
        FormSubmission.READ_ONLY);
  }

  static ObjectNode group(String content) throws IOException {
    ObjectNode variables = JSON.createObjectNode();
    ObjectNode typed = variables.putObject("application");
    typed.put("type", "Object");
    typed.putObject("valueInfo").put("objectTypeName", "java.util.LinkedHashMap")
        .put("serializationDataFormat", "application/json");
    typed.put("value", content);
    return variables;
  }

  @Test
  void aGroupWithAFieldToFillInIsNotReadOnlyAndAKeyIsUsedOnce() throws IOException {
    JsonNode open = JSON.readTree("{\"id\": \"x\", \"components\": [{\"type\": \"group\", \"path\": \"plan\","
        + " \"components\": [{\"type\": \"textfield\", \"key\": \"goal\", \"readonly\": true},"
        + " {\"type\": \"group\", \"components\": [{\"type\": \"textarea\", \"key\": \"steps\"}]}]}]}");
    assertThat(FormSchema.parse(open).field("plan")).get().satisfies(group -> assertThat(group.readOnly()).isFalse());

    JsonNode twice = JSON.readTree("{\"id\": \"x\", \"components\": [{\"type\": \"textfield\", \"key\": \"goal\"},"
        + " {\"type\": \"group\", \"components\": [{\"type\": \"textarea\", \"key\": \"goal\"}]}]}");
    assertThatThrownBy(() -> FormSchema.parse(twice)).hasMessageContaining("'goal' is used twice");
  }

  @Test
  void aComponentTheServerDoesNotKnowIsRefusedWhenTheFormIsRead() throws IOException {
    JsonNode form = JSON.readTree("{\"id\": \"x\", \"components\": [{\"type\": \"filepicker\", \"key\": \"upload\"}]}");

    assertThatThrownBy(() -> FormSchema.parse(form)).hasMessageContaining("filepicker");
  }

  /** Every user task and start form names a form of processes/, with a binding, so the server has a form to hold it to. */
  @Test
  void everyUserTaskOfEveryModelHasAFormTheServerReads() throws IOException {
    Set<String> formIds = new java.util.TreeSet<>();
    for (Path file : forms().toList()) {
      formIds.add(schema(file).id());
    }
    List<Path> models;
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      models = files.filter(p -> p.toString().endsWith(".bpmn")).toList();
    }
    for (Path model : models) {
      var instance = Bpmn.readModelFromFile(model.toFile());
      for (UserTask task : instance.getModelElementsByType(UserTask.class)) {
        assertThat(formIds).as(model + " " + task.getId()).contains(task.getCamundaFormRef());
        assertThat(task.getCamundaFormRefBinding()).as(model + " " + task.getId()).isNotNull();
      }
      for (StartEvent start : instance.getModelElementsByType(StartEvent.class)) {
        if (start.getCamundaFormRef() != null) {
          assertThat(formIds).as(model + " " + start.getId()).contains(start.getCamundaFormRef());
        }
      }
    }
  }
}
