package no.klyngeprogrammet.overview;

import static no.klyngeprogrammet.support.TestApplications.eligibleForm;
import static no.klyngeprogrammet.support.TestApplications.orgNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.klyngeprogrammet.call.CallVariables;
import no.klyngeprogrammet.review.AllocationDesk;
import no.klyngeprogrammet.review.ReviewVariables;
import no.klyngeprogrammet.scoring.Criterion;
import no.klyngeprogrammet.support.FakeRegister;
import no.klyngeprogrammet.support.Http;
import no.klyngeprogrammet.support.IntegrationTest;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The overview, the allocation page and the council's export over HTTP, after a call whose
 * applications are reviewed and recommended: who may see what, the figures, and the files parsed
 * back.
 */
class CallOverviewTest extends IntegrationTest {

  static final String PASSWORD = "passord-oversikt";

  @Autowired FormService formService;
  @Autowired TaskService taskService;
  @Autowired AllocationDesk desk;
  @Autowired CallOverview overview;
  @Autowired CallFigures figures;
  @Autowired SpringTemplateEngine templates;
  @LocalServerPort int port;

  Http http;

  @BeforeEach
  void people() {
    http = new Http(port);
    for (String[] user : new String[][] {{"officer1", "case-officers"}, {"officer2", "case-officers"},
        {"council1", "programme-council"}, {"rev1", "reviewers"}, {"rev2", "reviewers"}, {"rev3", "reviewers"},
        {"rev4", "reviewers"}}) {
      ensureUser(user[0], user[1], PASSWORD);
    }
  }

  /** Four applications on four reviewers, every review in, the recommendation made by officer1. */
  void aReviewedCall() {
    aReviewedCall(() -> { });
  }

  void aReviewedCall(Runnable beforeTheRecommendation) {
    setClock(oslo("2027-09-01T10:00"));
    runtimeService.startProcessInstanceByKey(CallVariables.PROCESS_KEY,
        Map.of(CallVariables.CALL_TITLE, "Utlysning 2027", CallVariables.DEADLINE_LOCAL, "2027-09-15T12:00"));
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("ClusterApplication")
        .latestVersion().singleResult().getId();
    formService.submitStartForm(definitionId, eligibleForm(1, "ARENA"));
    formService.submitStartForm(definitionId, eligibleForm(2, "ARENA"));
    formService.submitStartForm(definitionId, eligibleForm(3, "ARENA_PRO"));
    formService.submitStartForm(definitionId, eligibleForm(4, "GCE"));
    setClock(oslo("2027-09-15T12:00"));
    executeDueJobs();
    setClock(oslo("2027-09-16T09:00"));
    long callId = jdbc.sql("select id from cluster_call").query(Long.class).single();
    assertThat(desk.confirmAll(callId, "officer1").confirmed()).hasSize(4);
    Map<String, Double> scores = Map.of("NIC-2027-0001", 4.5, "NIC-2027-0002", 3.5, "NIC-2027-0003", 4.0,
        "NIC-2027-0004", 2.5);
    for (Task declaration : taskService.createTaskQuery().taskDefinitionKey("Task_DeclareImpartiality").list()) {
      taskService.complete(declaration.getId(), Map.of(ReviewVariables.CONFLICT_OF_INTEREST, false));
    }
    for (Task review : taskService.createTaskQuery().taskDefinitionKey("Task_ReviewApplication").list()) {
      String caseNumber = (String) taskService.getVariable(review.getId(), "caseNumber");
      // rev4 scores half a point above the others wherever they review
      double score = scores.get(caseNumber) + (review.getAssignee().equals("rev4") ? 0.5 : 0);
      Map<String, Object> variables = new HashMap<>();
      for (Criterion criterion : Criterion.values()) {
        variables.put(ReviewVariables.score(criterion), score);
        variables.put(ReviewVariables.justification(criterion), review.getAssignee() + " om " + criterion.displayName() + ".");
      }
      taskService.complete(review.getId(), variables);
      executeDueJobs();
    }
    executeDueJobs();
    beforeTheRecommendation.run();
    Task recommend = taskService.createTaskQuery().taskDefinitionKey("Task_Recommend").singleResult();
    taskService.claim(recommend.getId(), "officer1");
    taskService.complete(recommend.getId());
  }

  HttpResponse<byte[]> download(String path, String user) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", Http.basic(user, PASSWORD)).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void staffSeeTheOverviewOthersDoNot() {
    aReviewedCall();

    assertThat(http.get("/saksbehandling", "Authorization", Http.basic("officer1", PASSWORD)).headers()
        .firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/saksbehandling/utlysning/2027"));
    assertThat(http.get("/saksbehandling/utlysning/2027", "Authorization", Http.basic("council1", PASSWORD)).statusCode())
        .isEqualTo(200);
    assertThat(http.get("/saksbehandling/utlysning/2027/fordeling", "Authorization", Http.basic("council1", PASSWORD))
        .statusCode()).as("the council sees the call, it does not allocate").isEqualTo(403);
    assertThat(http.get("/saksbehandling/utlysning/2027", "Authorization", Http.basic("rev1", PASSWORD)).statusCode())
        .isEqualTo(403);
    assertThat(http.get("/saksbehandling/utlysning/2027").statusCode()).as("a script gets the basic challenge").isEqualTo(401);
    var browser = http.get("/saksbehandling/utlysning/2027", "Accept", "text/html");
    assertThat(browser.statusCode()).isEqualTo(302);
    assertThat(browser.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/camunda/app/tasklist/default/"));
    assertThat(http.get("/klyngeregister", "Accept", "text/html").statusCode())
        .as("the registry page uses the same login").isEqualTo(302);
    assertThat(http.get("/saksbehandling/utlysning/2026", "Authorization", Http.basic("officer1", PASSWORD)).body())
        .contains("Det finnes ingen utlysning for 2026.");
  }

  @Test
  void aStaffMemberLoggedInToTasklistGetsThereWithoutLoggingInAgain() {
    aReviewedCall();
    http.get("/camunda/app/tasklist/");
    var login = http.postForm("/camunda/api/admin/auth/user/default/login/tasklist",
        "username=officer2&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8),
        "X-XSRF-TOKEN", http.cookie("XSRF-TOKEN"));
    assertThat(login.statusCode()).isEqualTo(200);

    var page = http.get("/saksbehandling/utlysning/2027", "Accept", "text/html");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Oversikt: Utlysning 2027");
  }

  @Test
  void theOverviewShowsTheFunnelProgressScoresAndCalibration() {
    aReviewedCall();

    String page = http.get("/saksbehandling/utlysning/2027", "Authorization", Http.basic("officer1", PASSWORD)).body()
        .replace('\u00a0', ' ');

    assertThat(page).contains("Oversikt: Utlysning 2027", "/webjars/chart.js/4.4.1/dist/chart.umd.js",
        "id=\"chart-funnel\"", "id=\"table-calibration\"", "Kalibrering av fagvurdererne");
    assertThat(rowOf(page, "table-funnel", ">Arena<")).containsExactly("Arena", "2", "0", "0", "2", "2", "0", "0",
        "kr 15 000 000", "kr 4 000 000", "kr 0");
    assertThat(rowOf(page, "table-funnel", "GCE")).startsWith("GCE (Global Centres of Expertise)", "1", "0", "0", "1", "0");
    assertThat(rowOf(page, "table-progress", ">rev4<")).containsExactly("rev4", "3", "3", "0", "0", "0");
    assertThat(rowOf(page, "table-totals", "NIC-2027-0001")).containsExactly("1", "NIC-2027-0001", "Arena", "22,50", "4,50", "Ja");
    assertThat(rowOf(page, "table-totals", "NIC-2027-0004")).endsWith("Nei");
    assertThat(rowOf(page, "table-calibration", ">rev4<").get(0)).isEqualTo("rev4");
    assertThat(page).containsSubsequence("table-calibration", ">rev4<", "+2,50");
  }

  @Test
  void theTotalsTableShowsOnePageAtATimeInRankOrder() {
    aReviewedCall();
    CallFigures.CallRef call = figures.call(2027).orElseThrow();

    CallOverview.Page second = overview.of(call, "2", 2);

    assertThat(second.totals()).extracting(CallOverview.TotalRow::rank, CallOverview.TotalRow::caseNumber)
        .containsExactly(tuple(3, "NIC-2027-0002"), tuple(4, "NIC-2027-0004"));
    assertThat(second.totalsPaging()).extracting(Paging::page, Paging::pages, Paging::count).containsExactly(2, 2, 4);
    assertThat(overview.of(call, "1", 2).totals()).extracting(CallOverview.TotalRow::caseNumber)
        .containsExactly("NIC-2027-0001", "NIC-2027-0003");
    assertThat(overview.of(call, "7", 2).totalsPaging().page()).as("past the last page").isEqualTo(2);
  }

  /**
   * The page links show only past 100 scored applications; rendered here from the second page of
   * four applications two to a page, through the same template and engine as the controller's.
   */
  @Test
  void theTotalsTableLinksToItsOtherPages() {
    aReviewedCall();
    CallOverview.Page second = overview.of(figures.call(2027).orElseThrow(), "2", 2);
    var request = new MockHttpServletRequest();
    var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
        .buildExchange(request, new MockHttpServletResponse());

    String html = templates.process("call-overview",
        new WebContext(exchange, Locale.forLanguageTag("nb-NO"), Map.of("page", second, "chartData", "[]")));

    assertThat(html).contains("id=\"totals-pages\"", "<span aria-current=\"page\">2</span>",
        "href=\"/saksbehandling/utlysning/2027?side=1#table-totals\"", "aria-label=\"Side 1\"", "<span>3–4</span>")
        .doesNotContain("side=2#table-totals");
    assertThat(rowOf(html, "table-totals", "NIC-2027-0004")).startsWith("4", "NIC-2027-0004");
  }

  @Test
  void aPageNumberThatIsNotOneShowsTheNearestPageWithoutEchoingIt() {
    aReviewedCall();

    for (String side : List.of("abc", "0", "-3", "99999999999", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%C3%A6%C3%B8%C3%A5")) {
      var response = http.get("/saksbehandling/utlysning/2027?side=" + side, "Authorization", Http.basic("officer1", PASSWORD));
      assertThat(response.statusCode()).as(side).isEqualTo(200);
      assertThat(rowOf(response.body(), "table-totals", "NIC-2027-0001")).as(side).startsWith("1", "NIC-2027-0001");
      assertThat(response.body()).as(side).doesNotContain("<script>alert", "æøå");
    }
    assertThat(http.get("/saksbehandling/utlysning/2027?side=1", "Authorization", Http.basic("officer1", PASSWORD)).body())
        .contains("plass", "1–4", "av", "id=\"totals-paging-note\"").doesNotContain("id=\"totals-pages\"");
  }

  @Test
  void theOverviewCountsTheMembersByTheRegistersCountyAndIndustry() {
    setClock(oslo("2027-09-01T10:00"));
    runtimeService.startProcessInstanceByKey(CallVariables.PROCESS_KEY,
        Map.of(CallVariables.CALL_TITLE, "Utlysning 2027", CallVariables.DEADLINE_LOCAL, "2027-09-15T12:00"));
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("ClusterApplication")
        .latestVersion().singleResult().getId();
    // every other number is an association in Oslo (94.990) at the fake register
    FakeRegister.activeCompany(orgNumber(1001), "ÅLESUND HAVBRUK AS");
    FakeRegister.municipality(orgNumber(3001), "MØRE OG ROMSDAL FYLKESKOMMUNE");
    formService.submitStartForm(definitionId, eligibleForm(1, "ARENA"));
    formService.submitStartForm(definitionId, eligibleForm(2, "ARENA"));
    FakeRegister.outage();
    formService.submitStartForm(definitionId, eligibleForm(3, "ARENA"));

    String page = http.get("/saksbehandling/utlysning/2027", "Authorization", Http.basic("officer1", PASSWORD)).body();

    assertThat(page).contains("Medlemmer etter fylke og næring", "id=\"chart-counties\"");
    assertThat(rowOf(page, "table-members-county", ">Oslo<")).containsExactly("Oslo", "22", "2");
    assertThat(rowOf(page, "table-members-county", ">Vestland<")).containsExactly("Vestland", "1", "1");
    assertThat(rowOf(page, "table-members-county", ">Møre og Romsdal<")).containsExactly("Møre og Romsdal", "1", "1");
    assertThat(rowOf(page, "table-members-industry", ">94.990<")).containsExactly(
        "Aktiviteter i andre interesseorganisasjoner ikke nevnt annet sted", "94.990", "22", "2");
    assertThat(rowOf(page, "table-members-industry", ">62.010<")).containsExactly("Programmeringstjenester", "62.010", "1", "1");
    assertThat(rowOf(page, "table-members-industry", ">84.110<")).containsExactly(
        "Generell offentlig administrasjon", "84.110", "1", "1");
    assertThat(page).contains("<span id=\"members-unchecked\">12</span>");
    for (String[] grouping : new String[][] {{"county", "table-members-county", "1"}, {"nace_code", "table-members-industry", "2"}}) {
      jdbc.sql("select " + grouping[0] + ", count(*) from register_check where stage = 'SUBMISSION'"
              + " and standing <> 'UNREACHABLE' group by " + grouping[0])
          .query((rs, row) -> List.of(rs.getString(1), Integer.toString(rs.getInt(2)))).list()
          .forEach(group -> assertThat(rowOf(page, grouping[1], ">" + group.get(0) + "<").get(Integer.parseInt(grouping[2])))
              .as("the page agrees with register_check on %s", group.get(0)).isEqualTo(group.get(1)));
    }
    assertThat(jdbc.sql("select count(*) from register_check where standing = 'UNREACHABLE'").query(Integer.class).single())
        .isEqualTo(12);
  }

  @Test
  void theCouncilsExportHasTheRankedRowsScoresAndBudgetAsXlsxAndCsv() throws Exception {
    aReviewedCall();

    HttpResponse<byte[]> xlsx = download("/saksbehandling/utlysning/2027/innstilling.xlsx", "council1");
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(xlsx.headers().firstValue("Content-Disposition")).hasValueSatisfying(d ->
        assertThat(d).contains("innstilling-2027.xlsx"));
    List<List<String>> sheet = new ArrayList<>();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      Sheet first = workbook.getSheet("Innstilling");
      DataFormatter format = new DataFormatter();
      for (Row row : first) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < 17; c++) {
          cells.add(row.getCell(c) == null ? "" : row.getCell(c).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
              ? Double.toString(row.getCell(c).getNumericCellValue()) : format.formatCellValue(row.getCell(c)));
        }
        sheet.add(cells);
      }
    }
    assertThat(sheet.get(0).get(0)).isEqualTo("Innstilling – Utlysning 2027");
    assertThat(sheet.get(1)).startsWith("Nivå", "Rangering", "Saksnummer", "Klynge", "1. Synergi");
    assertThat(sheet.get(1).subList(15, 17))
        .containsExactly("Fagvurderernes begrunnelser", "Endringer i Enhetsregisteret siden innsending");
    assertThat(sheet.stream().map(r -> r.get(2)).filter(c -> c.startsWith("NIC")).toList())
        .as("ranked per level").containsExactly("NIC-2027-0001", "NIC-2027-0002", "NIC-2027-0003", "NIC-2027-0004");
    List<String> best = sheet.stream().filter(r -> r.get(2).equals("NIC-2027-0001")).findFirst().orElseThrow();
    assertThat(best.subList(0, 2)).containsExactly("Arena", "1.0");
    assertThat(best.get(4)).isEqualTo("4.5");
    assertThat(best.get(9)).isEqualTo("22.5");
    assertThat(best.get(10)).isEqualTo("Ja");
    assertThat(best.get(12)).isEqualTo("Ja");
    assertThat(best.get(15)).contains("rev1, kriterium 1 (4,50): rev1 om Synergi.", "rev3, kriterium 5 (4,50): rev3 om Aktivt lederskap.");
    assertThat(sheet.stream().filter(r -> r.get(3).equals("Budsjett per år")).map(r -> r.get(13)).toList())
        .containsExactly("1.5E7", "2.4E7", "4.0E7");

    HttpResponse<byte[]> csv = download("/saksbehandling/utlysning/2027/innstilling.csv", "officer1");
    String text = new String(csv.body(), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFFNivå;Rangering;Saksnummer;Klynge;1. Synergi;");
    List<List<String>> lines = CsvParser.parse(text.substring(1));
    assertThat(lines.stream().filter(l -> l.get(2).startsWith("NIC")).map(l -> l.get(2)).toList())
        .containsExactly("NIC-2027-0001", "NIC-2027-0002", "NIC-2027-0003", "NIC-2027-0004");
    List<String> first = lines.stream().filter(l -> l.get(2).equals("NIC-2027-0001")).findFirst().orElseThrow();
    assertThat(first.subList(0, 14)).containsExactly("Arena", "1", "NIC-2027-0001", "Blå Vekst Ærøy 1", "4,50", "4,50",
        "4,50", "4,50", "4,50", "22,50", "Ja", "2000000", "Ja", "13000000");
    assertThat(first.get(15)).contains("\n").contains("rev3 om Aktivt lederskap.");
    assertThat(lines.stream().filter(l -> l.get(3).equals("Budsjett per år")).map(l -> l.get(13)).toList())
        .containsExactly("15000000", "24000000", "40000000");
  }

  @Test
  void theCouncilsExportFlagsAMemberThatWentBankruptSinceSubmission() throws Exception {
    aReviewedCall(() -> FakeRegister.goesBankrupt(orgNumber(1001), "ÅLESUND HAVBRUK AS"));

    String text = new String(download("/saksbehandling/utlysning/2027/innstilling.csv", "council1").body(),
        StandardCharsets.UTF_8);
    Map<String, String> changes = new HashMap<>();
    CsvParser.parse(text.substring(1)).stream().filter(l -> l.get(2).startsWith("NIC"))
        .forEach(l -> changes.put(l.get(2), l.get(12) + " / " + l.get(16)));
    assertThat(changes).containsEntry("NIC-2027-0001", "Ja / FORENING " + orgNumber(1001) + " (" + orgNumber(1001)
            + "): er konkurs ifølge Enhetsregisteret (ved innsending: aktiv)")
        .containsEntry("NIC-2027-0002", "Ja / Ingen")
        .containsEntry("NIC-2027-0004", "Nei / ");
  }

  /** The cells of the first row of a table that contains {@code marker}, tags stripped. */
  static List<String> rowOf(String page, String tableId, String marker) {
    String table = page.substring(page.indexOf("id=\"" + tableId + "\""));
    table = table.substring(0, table.indexOf("</table>"));
    for (String row : table.split("<tr")) {
      if (row.contains(marker)) {
        List<String> cells = new ArrayList<>();
        for (String cell : row.split("</t[hd]>")) {
          String text = cell.replaceAll("(?s).*<t[hd][^>]*>", "").replaceAll("<[^>]+>", "").strip();
          if (cell.matches("(?s).*<t[hd][^>]*>.*")) {
            cells.add(text);
          }
        }
        return cells;
      }
    }
    throw new AssertionError("No row with " + marker + " in " + tableId);
  }

  /** A CSV reader for the export's dialect: semicolons, double quotes around fields that need them. */
  static final class CsvParser {
    static List<List<String>> parse(String text) {
      List<List<String>> lines = new ArrayList<>();
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (quoted) {
          if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else if (c == '"') {
            quoted = false;
          } else {
            field.append(c);
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == ';') {
          fields.add(field.toString());
          field.setLength(0);
        } else if (c == '\r') {
          continue;
        } else if (c == '\n') {
          fields.add(field.toString());
          field.setLength(0);
          lines.add(fields);
          fields = new ArrayList<>();
        } else {
          field.append(c);
        }
      }
      return lines;
    }
  }
}
