package no.klyngeprogrammet.register;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * One look-up in Enhetsregisteret's open API (brreg/openAPI, {@code specs/enhetsregisteret.json}):
 * {@code GET /enheter/{orgnr}}, and for a number that is no main unit {@code GET /underenheter/{orgnr}}.
 * 404 is an unknown number, 410 a deleted unit (its body carries {@code slettedato}). Anything else,
 * including an answer that is not the register's JSON or is larger than allowed, is
 * {@link RegisterUnavailable}: the organisation could not be checked.
 */
class EnhetsregisteretClient {

  private final HttpClient http;
  private final ObjectMapper json;
  private final RegisterProperties properties;

  EnhetsregisteretClient(HttpClient http, ObjectMapper json, RegisterProperties properties) {
    this.http = http;
    this.json = json;
    this.properties = properties;
  }

  Lookup lookUp(String orgNumber) {
    Answer main = get("/enheter/" + orgNumber);
    switch (main.status()) {
      case 200:
        return mainUnit(orgNumber, main.body());
      case 410:
        return Lookup.deleted(orgNumber, deletionDate(main.body()));
      case 404:
        break;
      default:
        throw new RegisterUnavailable("Enhetsregisteret answered " + main.status());
    }
    Answer sub = get("/underenheter/" + orgNumber);
    return switch (sub.status()) {
      case 200 -> subUnit(orgNumber, sub.body());
      case 410 -> Lookup.deleted(orgNumber, deletionDate(sub.body()));
      case 404 -> Lookup.unknown(orgNumber);
      default -> throw new RegisterUnavailable("Enhetsregisteret answered " + sub.status());
    };
  }

  private record Answer(int status, JsonNode body) {}

  private Answer get(String path) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(properties.base() + path))
        .timeout(properties.readTimeout())
        .header("Accept", "application/json")
        .GET()
        .build();
    try {
      HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        int status = response.statusCode();
        if (status != 200 && status != 410) {
          return new Answer(status, null);
        }
        return new Answer(status, parse(body, status));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RegisterUnavailable("Interrupted while asking Enhetsregisteret", e);
    } catch (IOException e) {
      throw new RegisterUnavailable("Enhetsregisteret could not be reached: " + e, e);
    }
  }

  private JsonNode parse(InputStream body, int status) throws IOException {
    long limit = properties.maxAnswer().toBytes();
    byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
    if (bytes.length > limit) {
      throw new RegisterUnavailable("Enhetsregisteret's answer is larger than " + limit + " bytes");
    }
    if (bytes.length == 0 && status == 410) {
      return json.createObjectNode();
    }
    try {
      JsonNode node = json.readTree(bytes);
      if (node == null || !node.isObject()) {
        throw new RegisterUnavailable("Enhetsregisteret's answer is no JSON object");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new RegisterUnavailable("Enhetsregisteret's answer is no JSON", e);
    }
  }

  private Lookup mainUnit(String orgNumber, JsonNode unit) {
    requireNumber(orgNumber, unit);
    if (unit.hasNonNull("slettedato")) {
      return Lookup.deleted(orgNumber, deletionDate(unit));
    }
    String name = text(unit, "navn");
    if (name == null) {
      throw new RegisterUnavailable("Enhetsregisteret's unit has no name");
    }
    JsonNode address = unit.path("forretningsadresse");
    String municipalityNumber = text(address, "kommunenummer");
    String countyNumber = Counties.numberOf(municipalityNumber);
    JsonNode employees = unit.path("antallAnsatte");
    var facts = new RegisteredUnit(orgNumber, limit(name),
        text(unit.path("organisasjonsform"), "kode"), text(unit.path("organisasjonsform"), "beskrivelse"),
        text(unit.path("institusjonellSektorkode"), "kode"), text(unit.path("institusjonellSektorkode"), "beskrivelse"),
        text(unit.path("naeringskode1"), "kode"), text(unit.path("naeringskode1"), "beskrivelse"),
        municipalityNumber, text(address, "kommune"), countyNumber, Counties.nameOf(countyNumber),
        employees.canConvertToInt() ? employees.intValue() : null);
    Standing standing = unit.path("konkurs").asBoolean(false) ? Standing.BANKRUPT
        : unit.path("underTvangsavviklingEllerTvangsopplosning").asBoolean(false) ? Standing.FORCED_DISSOLUTION
        : unit.path("underAvvikling").asBoolean(false) ? Standing.UNDER_LIQUIDATION
        : Standing.ACTIVE;
    return Lookup.of(facts, standing);
  }

  private Lookup subUnit(String orgNumber, JsonNode unit) {
    requireNumber(orgNumber, unit);
    if (unit.hasNonNull("slettedato")) {
      return Lookup.deleted(orgNumber, deletionDate(unit));
    }
    String mainUnit = text(unit, "overordnetEnhet");
    if (mainUnit == null || !mainUnit.matches("\\d{9}")) {
      throw new RegisterUnavailable("Enhetsregisteret's sub-unit has no main unit");
    }
    return Lookup.subUnit(orgNumber, mainUnit);
  }

  private static void requireNumber(String orgNumber, JsonNode unit) {
    if (!orgNumber.equals(text(unit, "organisasjonsnummer"))) {
      throw new RegisterUnavailable("Enhetsregisteret answered about another organisation number");
    }
  }

  private static LocalDate deletionDate(JsonNode unit) {
    String date = text(unit, "slettedato");
    try {
      return date == null ? null : LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isValueNode() && !value.isNull() && !value.asText().isBlank() ? limit(value.asText().strip()) : null;
  }

  /** Register texts are short; a longer one is cut rather than trusted with the table's columns. */
  private static String limit(String text) {
    return text.length() > 200 ? text.substring(0, 200) : text;
  }
}
