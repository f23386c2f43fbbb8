package no.klyngeprogrammet.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Norwegian labels of the webapps keep up with Camunda's English ones: every label of the
 * {@code en.json} in Camunda's webjar has a bokmål counterpart in {@code nb.json} with the same
 * placeholders and the same markup. A Camunda upgrade that adds or renames labels fails here, naming them.
 */
class WebappLocalesTest {

  private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*}}");
  private static final Pattern TAG = Pattern.compile(
      "<(/?(?:a|b|br|code|div|em|i|li|ol|p|pre|small|span|strong|ul))\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyEnglishLabelHasANorwegianOneWithTheSamePlaceholdersAndMarkup(String app) throws IOException {
    JsonNode english = camundasEnglish(app);
    JsonNode norwegian = ours(app);
    Map<String, String> en = labels(english);
    Map<String, String> nb = labels(norwegian);

    assertThat(en).as("Camunda's English labels of %s", app).hasSizeGreaterThan(100);
    assertThat(missing(en, nb)).as("labels of Camunda's %s en.json without a Norwegian one in nb.json", app).isEmpty();
    assertThat(missing(nb, en)).as("labels in %s nb.json that Camunda's en.json no longer has", app).isEmpty();
    List<String> mismatches = new ArrayList<>();
    en.forEach((key, text) -> {
      String translated = nb.get(key);
      if (!placeholders(text).equals(placeholders(translated))) {
        mismatches.add(key + ": placeholders " + placeholders(text) + " became " + placeholders(translated));
      }
      if (!tags(text).equals(tags(translated))) {
        mismatches.add(key + ": markup " + tags(text) + " became " + tags(translated));
      }
      if (!text.isBlank() && translated.isBlank()) {
        mismatches.add(key + ": empty");
      }
    });
    assertThat(mismatches).as("labels of %s whose Norwegian text lost or changed a placeholder or markup", app).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin"})
  void datesAndRelativeTimesAreNorwegian(String app) throws IOException {
    JsonNode english = camundasEnglish(app).path("dateLocales");
    JsonNode norwegian = ours(app).path("dateLocales");

    assertThat(fieldNames(norwegian)).as("date settings").containsExactlyInAnyOrderElementsOf(fieldNames(english));
    assertThat(fieldNames(norwegian.path("relativeTime"))).containsExactlyInAnyOrderElementsOf(fieldNames(english.path("relativeTime")));
    assertThat(norwegian.path("relativeTime").path("future").asText()).isEqualTo("om %s");
    assertThat(norwegian.path("relativeTime").path("dd").asText()).isEqualTo("%d dager");
    assertThat(norwegian.path("months").get(11).asText()).isEqualTo("desember");
    assertThat(norwegian.path("weekdays").get(1).asText()).isEqualTo("mandag");
    assertThat(norwegian.path("longDateFormat").path("L").asText()).isEqualTo("DD.MM.YYYY");
    assertThat(norwegian.path("week").path("dow").asInt()).as("weeks start on Monday").isEqualTo(1);
  }

  /** The en.json inside Camunda's webjar, not a copy of ours: the test must notice Camunda's changes. */
  private static JsonNode camundasEnglish(String app) throws IOException {
    String name = LOCALES.formatted(app, "en");
    URL inWebjar = Collections.list(WebappLocalesTest.class.getClassLoader().getResources(name)).stream()
        .filter(url -> url.toString().contains("camunda-webapp-webjar")).findFirst()
        .orElseThrow(() -> new IllegalStateException(name + " not found in Camunda's webjar on the classpath"));
    return read(inWebjar);
  }

  private static JsonNode ours(String app) throws IOException {
    String name = LOCALES.formatted(app, "nb");
    URL url = WebappLocalesTest.class.getClassLoader().getResource(name);
    assertThat(url).as(name).isNotNull();
    return read(url);
  }

  private static JsonNode read(URL url) throws IOException {
    try (InputStream in = url.openStream()) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      // Camunda writes its locale files with a byte-order mark.
      return JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }
  }

  private static Map<String, String> labels(JsonNode locale) {
    Map<String, String> labels = new TreeMap<>();
    locale.path("labels").fields().forEachRemaining(field -> labels.put(field.getKey(), field.getValue().asText()));
    return labels;
  }

  private static List<String> missing(Map<String, String> from, Map<String, String> in) {
    return from.keySet().stream().filter(key -> !in.containsKey(key)).toList();
  }

  private static List<String> fieldNames(JsonNode node) {
    return StreamSupport.stream(((Iterable<String>) node::fieldNames).spliterator(), false).toList();
  }

  private static List<String> placeholders(String text) {
    return matches(PLACEHOLDER, text, m -> m.group(1)).stream().sorted().toList();
  }

  /** Each tag with its attributes, in order: a link must keep its address and a bold its place. */
  private static List<String> tags(String text) {
    return matches(TAG, text, m -> m.group(1) + m.group(2).strip());
  }

  private static List<String> matches(Pattern pattern, String text, java.util.function.Function<Matcher, String> part) {
    Matcher matcher = pattern.matcher(text);
    List<String> found = new ArrayList<>();
    while (matcher.find()) {
      found.add(part.apply(matcher));
    }
    return found;
  }
}
