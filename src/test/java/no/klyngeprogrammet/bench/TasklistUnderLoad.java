package no.klyngeprogrammet.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import no.klyngeprogrammet.application.ApplicationVariables;
import no.klyngeprogrammet.support.Http;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;

/**
 * Tasklist under load: the next year's call fills up until the reviewers have the given number of
 * open tasks, and the queries Tasklist makes for a reviewer and for a case officer are timed
 * through the engine REST API with authorization on, as Tasklist sends them.
 */
final class TasklistUnderLoad {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SORTING = "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}";

  private final ProcessEngine engine;
  private final EngineDriver driver;
  private final WholeYear year;
  private final Http http;
  private final int repeats;
  private final List<String> reviewers;

  TasklistUnderLoad(ProcessEngine engine, EngineDriver driver, WholeYear year, int port, int repeats, List<String> reviewers) {
    this.reviewers = reviewers;
    this.engine = engine;
    this.driver = driver;
    this.year = year;
    this.http = new Http(port);
    this.repeats = repeats;
  }

  /**
   * Fills the next year's call until the reviewers have {@code openTasks} open tasks, with more
   * reviewers per application than the year's three: the same open tasks from fewer applications,
   * so the set-up of the scenario costs less of the run.
   */
  Map<String, Object> run(int openTasks, int reviewersPerApplication, int firstApplicant) {
    int nextYear = year.year + 1;
    int applications = (openTasks + reviewersPerApplication - 1) / reviewersPerApplication;
    Map<String, Object> result = new LinkedHashMap<>();
    year.phase("next year: call opens", () -> {
      driver.moveClockTo(year.at(nextYear, "06-01T08:00"));
      driver.awaitJobExecutor();
      return Map.of();
    });
    year.phase("next year: " + applications + " applications", () -> {
      driver.moveClockTo(year.at(nextYear, "09-10T09:00"));
      String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
          .processDefinitionKey(ApplicationVariables.PROCESS_KEY).latestVersion().singleResult().getId();
      driver.inParallel(IntStream.range(0, applications).boxed().toList(),
          n -> engine.getFormService().submitStartForm(definitionId, Population.form(firstApplicant + n)));
      driver.awaitJobExecutor();
      return Map.of("applications", applications);
    });
    year.phase("next year: deadline", () -> {
      driver.moveClockTo(year.at(nextYear, "09-15T12:00"));
      driver.awaitJobExecutor();
      return Map.of();
    });
    result.put("caseOfficerWithOpenAssignments", timeFilter("Saksbehandling", Population.OTHER_OFFICER));
    year.phase("next year: assignment", () -> {
      driver.moveClockTo(year.at(nextYear, "09-16T09:00"));
      return year.assignReviewers(reviewers, reviewersPerApplication);
    });
    long open = engine.getTaskService().createTaskQuery().taskDefinitionKeyIn("Task_DeclareImpartiality", "Task_ReviewApplication")
        .count();
    String busiest = busiestReviewer();
    result.put("openReviewTasks", open);
    result.put("applications", applications);
    result.put("reviewersPerApplication", reviewersPerApplication);
    result.put("reviewer", timeFilter("Mine fagvurderinger", busiest));
    result.put("caseOfficer", timeFilter("Saksbehandling", Population.OTHER_OFFICER));
    return result;
  }

  private String busiestReviewer() {
    return engine.getIdentityService().createUserQuery().memberOfGroup("reviewers").list().stream()
        .max(Comparator.comparingLong(u -> engine.getTaskService().createTaskQuery().taskAssignee(u.getId()).count()))
        .orElseThrow().getId();
  }

  /** Tasklist's three requests for a filter: the filter list with counts, the first page, the count. */
  private Map<String, Object> timeFilter(String filterName, String user) {
    Filter filter = engine.getFilterService().createFilterQuery().filterName(filterName).singleResult();
    String auth = Http.basic(user, Population.PASSWORD);
    Latencies filters = new Latencies();
    Latencies page = new Latencies();
    Latencies count = new Latencies();
    long tasks = -1;
    int shown = -1;
    for (int i = 0; i < repeats; i++) {
      long t0 = System.nanoTime();
      ok(http.get("/engine-rest/filter?resourceType=Task&itemCount=true", "Authorization", auth));
      filters.record(System.nanoTime() - t0);
      t0 = System.nanoTime();
      HttpResponse<String> list = ok(http.postJson("/engine-rest/filter/" + filter.getId() + "/list?firstResult=0&maxResults=15",
          SORTING, "Authorization", auth, "Accept", "application/hal+json"));
      page.record(System.nanoTime() - t0);
      t0 = System.nanoTime();
      HttpResponse<String> counted = ok(http.get("/engine-rest/filter/" + filter.getId() + "/count", "Authorization", auth));
      count.record(System.nanoTime() - t0);
      tasks = read(counted.body()).get("count").asLong();
      shown = read(list.body()).path("_embedded").path("task").size();
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("user", user);
    result.put("filter", filterName);
    result.put("tasksInFilter", tasks);
    result.put("tasksOnFirstPage", shown);
    result.put("filterListWithCounts", filters.summary());
    result.put("firstPageWithVariables", page.summary());
    result.put("count", count.summary());
    return result;
  }

  private static HttpResponse<String> ok(HttpResponse<String> response) {
    if (response.statusCode() != 200) {
      throw new IllegalStateException("Tasklist query answered " + response.statusCode() + ": " + response.body());
    }
    return response;
  }

  private static JsonNode read(String body) {
    try {
      return JSON.readTree(body);
    } catch (Exception e) {
      throw new IllegalStateException(body, e);
    }
  }
}
