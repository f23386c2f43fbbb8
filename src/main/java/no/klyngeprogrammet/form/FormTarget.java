package no.klyngeprogrammet.form;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which form a request to the engine's REST API submits, read from its path the way the REST API
 * routes it: a task's ({@code task/{id}/complete}, {@code submit-form}, {@code resolve}, and the
 * error and escalation a task can throw) or a process definition's start form ({@code start},
 * {@code submit-form}, by id or by key). Both the public {@code /engine-rest} and the webapps'
 * {@code /camunda/api/engine} carry the same API, optionally under {@code engine/{name}}.
 */
public record FormTarget(Kind kind, String id, String action) {

  public enum Kind { TASK, DEFINITION_ID, DEFINITION_KEY }

  static final List<String> PREFIXES = List.of("/engine-rest", "/camunda/api/engine");

  /** What the engine REST API does with variables beyond storing them: this form cannot take it. */
  public boolean throwsFromTask() {
    return kind == Kind.TASK && (action.equals("bpmnError") || action.equals("bpmnEscalation"));
  }

  public static Optional<FormTarget> of(String method, String path) {
    if (!"POST".equalsIgnoreCase(method)) {
      return Optional.empty();
    }
    String rest = PREFIXES.stream().filter(path::startsWith).findFirst().map(p -> path.substring(p.length()))
        .orElse(null);
    if (rest == null) {
      return Optional.empty();
    }
    List<String> segments = segments(rest);
    if (segments.size() >= 2 && segments.get(0).equals("engine")) {
      segments = segments.subList(2, segments.size());
    }
    if (segments.size() == 3 && segments.get(0).equals("task")
        && List.of("complete", "submit-form", "resolve", "bpmnError", "bpmnEscalation").contains(segments.get(2))) {
      return Optional.of(new FormTarget(Kind.TASK, segments.get(1), segments.get(2)));
    }
    if (!segments.isEmpty() && segments.get(0).equals("process-definition")
        && List.of("start", "submit-form").contains(segments.get(segments.size() - 1))) {
      String action = segments.get(segments.size() - 1);
      if (segments.size() == 3) {
        return Optional.of(new FormTarget(Kind.DEFINITION_ID, segments.get(1), action));
      }
      if ((segments.size() == 4 || segments.size() == 6) && segments.get(1).equals("key")) {
        return Optional.of(new FormTarget(Kind.DEFINITION_KEY, segments.get(2), action));
      }
    }
    return Optional.empty();
  }

  /** Path segments as the REST API's router sees them: decoded, without matrix parameters or empty segments. */
  private static List<String> segments(String path) {
    List<String> segments = new ArrayList<>();
    for (String raw : path.split("/")) {
      int matrix = raw.indexOf(';');
      String segment = URLDecoder.decode(matrix < 0 ? raw : raw.substring(0, matrix), StandardCharsets.UTF_8);
      if (!segment.isEmpty()) {
        segments.add(segment);
      }
    }
    return segments;
  }
}
