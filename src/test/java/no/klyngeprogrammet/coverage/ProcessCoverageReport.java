package no.klyngeprogrammet.coverage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.web.util.HtmlUtils;

/**
 * Merges the per-class process coverage reports into one page and fails the build unless every
 * model in {@code processes/} is covered completely, by all test classes together.
 *
 * <p>Run by {@code mvn verify} after the tests: {@code ProcessCoverageReport <reports dir> <models dir>}.
 */
public final class ProcessCoverageReport {

  private static final Pattern PROCESS_ID = Pattern.compile("<bpmn:process id=\"([^\"]+)\"");

  record ModelCoverage(String key, int total, Set<String> covered, Set<String> missing) {
    double ratio() {
      return total == 0 ? 0.0 : (double) covered.size() / total;
    }
  }

  public static void main(String[] args) throws IOException {
    Path reports = Path.of(args[0]);
    Path models = Path.of(args[1]);
    List<ModelCoverage> coverage = aggregate(reports, models);
    Path index = reports.resolve("index.html");
    Files.writeString(index, html(coverage, reports), StandardCharsets.UTF_8);

    System.out.println("Process test coverage (all test classes together):");
    coverage.forEach(m -> System.out.printf("  %-24s %3d of %3d elements  %5.1f %%%s%n", m.key(), m.covered().size(),
        m.total(), 100 * m.ratio(), m.missing().isEmpty() ? "" : "  missing: " + m.missing()));
    System.out.println("Process test coverage report: " + index.toAbsolutePath());
    List<String> incomplete = coverage.stream().filter(m -> m.ratio() < 1.0).map(ModelCoverage::key).toList();
    if (!incomplete.isEmpty()) {
      throw new IllegalStateException("Process models not completely covered by tests: " + incomplete);
    }
  }

  static List<ModelCoverage> aggregate(Path reports, Path models) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, Set<String>> covered = new TreeMap<>();
    Map<String, Set<String>> elements = new TreeMap<>();
    for (String key : processKeys(models)) {
      covered.put(key, new TreeSet<>());
    }
    try (Stream<Path> files = Files.walk(reports)) {
      for (Path file : files.filter(f -> f.getFileName().toString().equals("report.json")).toList()) {
        JsonNode report = json.readTree(file.toFile());
        for (JsonNode model : report.path("models")) {
          String key = model.path("key").asText();
          if (covered.containsKey(key)) {
            elements.computeIfAbsent(key, k -> elementIds(model.path("xml").asText()));
          }
        }
        for (JsonNode suite : report.path("suites")) {
          for (JsonNode run : suite.path("runs")) {
            for (JsonNode event : run.path("events")) {
              Set<String> hit = covered.get(event.path("modelKey").asText());
              if (hit != null) {
                hit.add(event.path("definitionKey").asText());
              }
            }
          }
        }
      }
    }
    List<ModelCoverage> result = new ArrayList<>();
    covered.forEach((key, hit) -> {
      Set<String> all = elements.get(key);
      if (all == null) {
        result.add(new ModelCoverage(key, 0, Set.of(), Set.of("(no test ran this model)")));
        return;
      }
      Set<String> counted = new TreeSet<>(hit);
      counted.retainAll(all);
      Set<String> missing = new TreeSet<>(all);
      missing.removeAll(hit);
      result.add(new ModelCoverage(key, all.size(), counted, missing));
    });
    return result;
  }

  /** Flow nodes and sequence flows, the elements the coverage library counts. */
  private static Set<String> elementIds(String xml) {
    Set<String> ids = new TreeSet<>();
    Matcher matcher = Pattern.compile(
        "<bpmn:(startEvent|endEvent|intermediateCatchEvent|intermediateThrowEvent|boundaryEvent|serviceTask|userTask|"
            + "receiveTask|sendTask|scriptTask|businessRuleTask|manualTask|task|callActivity|subProcess|exclusiveGateway|"
            + "parallelGateway|inclusiveGateway|eventBasedGateway|sequenceFlow)\\b[^>]*?\\bid=\"([^\"]+)\"").matcher(xml);
    while (matcher.find()) {
      ids.add(matcher.group(2));
    }
    return ids;
  }

  private static List<String> processKeys(Path models) throws IOException {
    List<String> keys = new ArrayList<>();
    try (Stream<Path> files = Files.list(models)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
        Matcher matcher = PROCESS_ID.matcher(Files.readString(file));
        while (matcher.find()) {
          keys.add(matcher.group(1));
        }
      }
    }
    return keys;
  }

  private static String html(List<ModelCoverage> coverage, Path reports) throws IOException {
    StringBuilder rows = new StringBuilder();
    for (ModelCoverage m : coverage) {
      rows.append("<tr><td>").append(HtmlUtils.htmlEscape(m.key())).append("</td><td>")
          .append(m.covered().size()).append(" / ").append(m.total()).append("</td><td>")
          .append(String.format("%.1f %%", 100 * m.ratio())).append("</td><td>")
          .append(HtmlUtils.htmlEscape(String.join(", ", m.missing()))).append("</td></tr>\n");
    }
    StringBuilder links = new StringBuilder();
    try (Stream<Path> dirs = Files.list(reports)) {
      for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
        String name = dir.getFileName().toString();
        links.append("<li><a href=\"").append(HtmlUtils.htmlEscape(name)).append("/report.html\">")
            .append(HtmlUtils.htmlEscape(name)).append("</a></li>\n");
      }
    }
    return """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="UTF-8"><title>Process test coverage</title>
        <style>body{font-family:system-ui,sans-serif;margin:2rem}td,th{padding:.3rem .8rem;border-bottom:1px solid #ccc;text-align:left}</style>
        </head><body>
        <h1>Process test coverage</h1>
        <p>Flow nodes and sequence flows of every model in <code>processes/</code>, covered by all test classes together.</p>
        <table><tr><th>Process</th><th>Covered</th><th>Ratio</th><th>Not covered</th></tr>
        %s</table>
        <h2>Per test class (diagrams with the paths taken)</h2>
        <ul>
        %s</ul>
        </body></html>
        """.formatted(rows, links);
  }
}
