package no.klyngeprogrammet.support.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Camunda's English words and labels, for telling whether a webapp shows any: every label of the
 * four apps' {@code en.json} in Camunda's webjar, and every word of four letters or more in them,
 * less what also occurs in the Norwegian labels ("Status", "Filter", "Start", "Diagram"); and the
 * texts of the form-js that Tasklist bundles to render Camunda Forms.
 */
public final class EnglishLabels {

  private static final List<String> APPS = List.of("tasklist", "cockpit", "admin", "welcome");
  private static final List<String> FORM_JS = List.of("Add new", "Field is required.", "Select", "Search",
      "No results");
  private static final Pattern WORD = Pattern.compile("[\\p{L}]{4,}");
  private static final Pattern MARKUP = Pattern.compile("<[^>]*>|\\{\\{[^}]*}}|&[a-z]+;");

  /**
   * Visible text of the page: each text node of a visible element, each visible input's placeholder,
   * the title; each with whether it is inside a Camunda Form, whose own text is the programme's.
   */
  private static final String VISIBLE_TEXTS = """
      const texts = [];
      const add = (text, element) => texts.push([text, element.closest('.fjs-container') !== null]);
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const text = walker.currentNode.textContent.replace(/\\s+/g, ' ').trim();
        const element = walker.currentNode.parentElement;
        // A link in a table's body names data (a user "admin", a process), not one of Camunda's labels.
        if (text && element && element.checkVisibility({checkOpacity: true, checkVisibilityCSS: true})
            && !element.closest('tbody a')) {
          add(text, element);
        }
      }
      document.querySelectorAll('input[placeholder], textarea[placeholder]').forEach(input => {
        if (input.checkVisibility() && input.placeholder.trim()) add(input.placeholder.trim(), input);
      });
      add(document.title, document.body);
      return texts;
      """;

  private static final Set<String> LABELS = new HashSet<>();
  private static final Set<String> WORDS = new HashSet<>();

  static {
    Set<String> norwegianLabels = new HashSet<>();
    Set<String> norwegianWords = new HashSet<>();
    for (String app : APPS) {
      for (String text : labels(app, "nb", false)) {
        norwegianLabels.add(normal(text));
        norwegianWords.addAll(words(text));
      }
    }
    for (String app : APPS) {
      for (String text : labels(app, "en", true)) {
        if (!norwegianLabels.contains(normal(text)) && WORD.matcher(text).find()) {
          LABELS.add(normal(text));
        }
        words(text).stream().filter(word -> !norwegianWords.contains(word)).forEach(WORDS::add);
      }
    }
    FORM_JS.forEach(text -> LABELS.add(normal(text)));
  }

  private EnglishLabels() {}

  /**
   * Each visible text on the page that is one of Camunda's English labels or, outside a Camunda Form
   * (whose Norwegian text may well hold a word such as "part"), holds one of their words.
   */
  public static List<String> visibleIn(Browser browser) {
    Set<String> found = new LinkedHashSet<>();
    @SuppressWarnings("unchecked")
    List<List<Object>> texts = (List<List<Object>>) browser.script(VISIBLE_TEXTS);
    for (List<Object> visible : texts) {
      String text = (String) visible.get(0);
      boolean inForm = (Boolean) visible.get(1);
      if (LABELS.contains(normal(text))) {
        found.add(text);
      }
      for (String word : inForm ? Set.<String>of() : words(text)) {
        if (WORDS.contains(word)) {
          found.add(text + " (" + word + ")");
        }
      }
    }
    return new ArrayList<>(found);
  }

  private static String normal(String text) {
    return MARKUP.matcher(text).replaceAll(" ").replaceAll("[\\s:.…*]+", " ").strip().toLowerCase(Locale.ROOT);
  }

  private static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    var matcher = WORD.matcher(MARKUP.matcher(text).replaceAll(" "));
    while (matcher.find()) {
      words.add(matcher.group().toLowerCase(Locale.ROOT));
    }
    return words;
  }

  private static List<String> labels(String app, String language, boolean fromCamundasWebjar) {
    String name = "META-INF/resources/webjars/camunda/app/" + app + "/locales/" + language + ".json";
    try {
      URL url = Collections.list(EnglishLabels.class.getClassLoader().getResources(name)).stream()
          .filter(candidate -> candidate.toString().contains("camunda-webapp-webjar") == fromCamundasWebjar)
          .findFirst().orElseThrow(() -> new IllegalStateException(name + " not on the classpath"));
      try (InputStream in = url.openStream()) {
        String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        JsonNode labels = new ObjectMapper().readTree(json.startsWith("\uFEFF") ? json.substring(1) : json).path("labels");
        List<String> texts = new ArrayList<>();
        labels.elements().forEachRemaining(label -> texts.add(label.asText()));
        return texts;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
