package no.klyngeprogrammet.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;

/**
 * A local fake of Enhetsregisteret's open API, answering in the register's JSON shapes (brreg/openAPI,
 * {@code specs/enhetsregisteret.json}, and the live API's fields): one server per JVM, on a free port.
 *
 * <p>Every number that is no special case below is an active association (FLI, sector 7000) named
 * after its number: its kind of actor cannot be told from the register, so the applications of
 * other suites pass the check unchanged. The special numbers pass modulus 11.
 */
public final class FakeRegister {

  public static final String ACTIVE_COMPANY = "815000005";
  public static final String BANKRUPT = "815000013";
  public static final String UNDER_LIQUIDATION = "815000021";
  public static final String FORCED_DISSOLUTION = "815000048";
  public static final String DELETED = "815000056";
  public static final String UNKNOWN = "815000064";
  public static final String SUB_UNIT = "815000072";
  public static final String SLOW = "815000080";
  public static final String FAILING = "815000099";
  public static final String MUNICIPALITY = "815000102";
  public static final String HUGE = "815000110";
  public static final String MALFORMED = "815000129";
  public static final String UNIVERSITY = "815000137";
  public static final String LISTED_COMPANY = "815000145";

  public static final String BASE_PATH = "/enhetsregisteret/api";

  private static final WireMockServer SERVER = start();

  static {
    reset();
  }

  private FakeRegister() {}

  private static WireMockServer start() {
    WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1")
        .templatingEnabled(true).globalTemplating(false).disableRequestJournal());
    server.start();
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    return server;
  }

  public static String baseUrl() {
    return "http://127.0.0.1:" + SERVER.port() + BASE_PATH;
  }

  /** Back to the register's normal answers. */
  public static void reset() {
    SERVER.resetMappings();
    SERVER.stubFor(get(urlPathMatching(BASE_PATH + "/enheter/[0-9]{9}")).atPriority(10)
        .willReturn(json(200, unit("{{request.pathSegments.[3]}}", "FORENING {{request.pathSegments.[3]}}", "FLI",
            "Forening/lag/innretning", "7000", "Ideelle organisasjoner", "94.990",
            "Aktiviteter i andre interesseorganisasjoner ikke nevnt annet sted", "0301", "OSLO", 3, false))
            .withTransformers("response-template")));
    SERVER.stubFor(get(urlPathMatching(BASE_PATH + "/underenheter/[0-9]{9}")).atPriority(10)
        .willReturn(aResponse().withStatus(404)));
    answer(ACTIVE_COMPANY, active(ACTIVE_COMPANY, "NORDLYS TEKNOLOGI AS"));
    answer(LISTED_COMPANY, unit(LISTED_COMPANY, "HAVKRAFT ASA", "ASA", "Allmennaksjeselskap", "2100",
        "Private aksjeselskaper mv.", "03.211", "Produksjon av laks og regnbueørret i sjøvann", "1507", "ÅLESUND", 812,
        false));
    answer(BANKRUPT, bankrupt(BANKRUPT, "KONKURSBO FISK AS"));
    answer(UNDER_LIQUIDATION, active(UNDER_LIQUIDATION, "AVVIKLING AS").replace(
        "\"underAvvikling\": false", "\"underAvvikling\": true, \"underAvviklingDato\": \"2026-05-02\""));
    answer(FORCED_DISSOLUTION, active(FORCED_DISSOLUTION, "TVANG AS").replace(
        "\"underTvangsavviklingEllerTvangsopplosning\": false",
        "\"underTvangsavviklingEllerTvangsopplosning\": true, \"tvangsopplostPgaManglendeRegnskapDato\": \"2026-02-11\""));
    SERVER.stubFor(get(urlEqualTo(BASE_PATH + "/enheter/" + DELETED))
        .willReturn(json(410, deleted(DELETED, "2024-03-01"))));
    SERVER.stubFor(get(urlEqualTo(BASE_PATH + "/enheter/" + UNKNOWN)).willReturn(aResponse().withStatus(404)));
    SERVER.stubFor(get(urlEqualTo(BASE_PATH + "/enheter/" + SUB_UNIT)).willReturn(aResponse().withStatus(404)));
    SERVER.stubFor(get(urlEqualTo(BASE_PATH + "/underenheter/" + SUB_UNIT))
        .willReturn(json(200, subUnit(SUB_UNIT, "NORDLYS TEKNOLOGI AS AVD TRONDHEIM", ACTIVE_COMPANY))));
    SERVER.stubFor(get(urlEqualTo(BASE_PATH + "/enheter/" + SLOW))
        .willReturn(json(200, active(SLOW, "SEIN AS")).withFixedDelay(6_000)));
    SERVER.stubFor(get(urlEqualTo(BASE_PATH + "/enheter/" + FAILING)).willReturn(aResponse().withStatus(500)
        .withBody("{\"timestamp\":1700000000000,\"status\":500,\"error\":\"Internal Server Error\"}")));
    SERVER.stubFor(get(urlEqualTo(BASE_PATH + "/enheter/" + HUGE))
        .willReturn(json(200, "{\"organisasjonsnummer\": \"" + HUGE + "\", \"navn\": \"" + "A".repeat(2_000_000) + "\"}")));
    SERVER.stubFor(get(urlEqualTo(BASE_PATH + "/enheter/" + MALFORMED))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html").withBody("<html><body>Vedlikehold")));
    answer(MUNICIPALITY, unit(MUNICIPALITY, "BERGEN KOMMUNE", "KOMM", "Kommune", "6500", "Kommuneforvaltningen",
        "84.110", "Generell offentlig administrasjon", "4601", "BERGEN", 20_000, false));
    answer(UNIVERSITY, unit(UNIVERSITY, "UNIVERSITETET I BERGEN", "ORGL", "Organisasjonsledd", "6100",
        "Statsforvaltningen", "85.421", "Universiteter", "4601", "BERGEN", 4_000, false));
  }

  /** Every call fails at the connection, as when the register is down. */
  public static void outage() {
    SERVER.stubFor(any(anyUrl()).atPriority(1).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
  }

  /** The register answers for the number with a bankrupt company from now on. */
  public static void goesBankrupt(String orgNumber, String name) {
    answer(orgNumber, bankrupt(orgNumber, name));
  }

  /** The register answers for the number with an active company. */
  public static void activeCompany(String orgNumber, String name) {
    answer(orgNumber, active(orgNumber, name));
  }

  /** The register answers for the number with a municipality. */
  public static void municipality(String orgNumber, String name) {
    answer(orgNumber, unit(orgNumber, name, "KOMM", "Kommune", "6500", "Kommuneforvaltningen", "84.110",
        "Generell offentlig administrasjon", "1507", "ÅLESUND", 3_000, false));
  }

  private static void answer(String orgNumber, String body) {
    SERVER.stubFor(get(urlEqualTo(BASE_PATH + "/enheter/" + orgNumber)).atPriority(5).willReturn(json(200, body)));
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
  }

  private static String active(String orgNumber, String name) {
    return unit(orgNumber, name, "AS", "Aksjeselskap", "2100", "Private aksjeselskaper mv.", "62.010",
        "Programmeringstjenester", "4601", "BERGEN", 42, false);
  }

  private static String bankrupt(String orgNumber, String name) {
    return unit(orgNumber, name, "AS", "Aksjeselskap", "2100", "Private aksjeselskaper mv.", "03.211",
        "Produksjon av laks og regnbueørret i sjøvann", "1507", "ÅLESUND", 0, true);
  }

  private static String unit(String orgNumber, String name, String form, String formName, String sector,
      String sectorName, String nace, String naceName, String municipalityNumber, String municipality, int employees,
      boolean bankrupt) {
    return """
        {
          "organisasjonsnummer": "%1$s",
          "navn": "%2$s",
          "organisasjonsform": {
            "kode": "%3$s",
            "beskrivelse": "%4$s",
            "_links": {"self": {"href": "https://data.brreg.no/enhetsregisteret/api/organisasjonsformer/%3$s"}}
          },
          "registreringsdatoEnhetsregisteret": "2015-03-02",
          "registrertIMvaregisteret": true,
          "naeringskode1": {"kode": "%7$s", "beskrivelse": "%8$s"},
          "antallAnsatte": %11$d,
          "harRegistrertAntallAnsatte": true,
          "forretningsadresse": {
            "land": "Norge", "landkode": "NO", "postnummer": "5003", "poststed": "%10$s",
            "adresse": ["Strandkaien 2"], "kommune": "%10$s", "kommunenummer": "%9$s"
          },
          "stiftelsesdato": "2015-02-20",
          "institusjonellSektorkode": {"kode": "%5$s", "beskrivelse": "%6$s"},
          "registrertIForetaksregisteret": true,
          "registrertIStiftelsesregisteret": false,
          "registrertIFrivillighetsregisteret": false,
          "sisteInnsendteAarsregnskap": "2025",
          "konkurs": %12$s,%13$s
          "underAvvikling": false,
          "underTvangsavviklingEllerTvangsopplosning": false,
          "maalform": "Bokmål",
          "_links": {"self": {"href": "https://data.brreg.no/enhetsregisteret/api/enheter/%1$s"}}
        }
        """.formatted(orgNumber, name, form, formName, sector, sectorName, nace, naceName, municipalityNumber,
        municipality, employees, bankrupt, bankrupt ? " \"konkursdato\": \"2026-10-01\"," : "");
  }

  private static String deleted(String orgNumber, String deletedOn) {
    return """
        {
          "organisasjonsnummer": "%1$s",
          "slettedato": "%2$s",
          "_links": {"self": {"href": "https://data.brreg.no/enhetsregisteret/api/enheter/%1$s"}}
        }
        """.formatted(orgNumber, deletedOn);
  }

  private static String subUnit(String orgNumber, String name, String mainUnit) {
    return """
        {
          "organisasjonsnummer": "%1$s",
          "navn": "%2$s",
          "organisasjonsform": {"kode": "BEDR", "beskrivelse": "Underenhet til næringsdrivende og offentlig forvaltning"},
          "registreringsdatoEnhetsregisteret": "2019-01-15",
          "registrertIMvaregisteret": false,
          "naeringskode1": {"kode": "62.010", "beskrivelse": "Programmeringstjenester"},
          "antallAnsatte": 7,
          "overordnetEnhet": "%3$s",
          "oppstartsdato": "2019-01-01",
          "beliggenhetsadresse": {
            "land": "Norge", "landkode": "NO", "postnummer": "7030", "poststed": "TRONDHEIM",
            "adresse": ["Kongens gate 1"], "kommune": "TRONDHEIM", "kommunenummer": "5001"
          },
          "_links": {
            "self": {"href": "https://data.brreg.no/enhetsregisteret/api/underenheter/%1$s"},
            "overordnetEnhet": {"href": "https://data.brreg.no/enhetsregisteret/api/enheter/%3$s"}
          }
        }
        """.formatted(orgNumber, name, mainUnit);
  }
}
