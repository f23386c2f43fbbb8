package no.klyngeprogrammet.overview;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import no.klyngeprogrammet.identity.ProgrammeGroups;
import no.klyngeprogrammet.review.AllocationDesk;
import no.klyngeprogrammet.review.CallAllocation;
import no.klyngeprogrammet.validation.ValidationException;
import no.klyngeprogrammet.web.ProgrammeStaffOnly;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The programme office's pages of a call: {@code /saksbehandling} (the latest call), the overview
 * of a year's call, its allocation of reviewers, and the council's export. The overview and the
 * export are for case officers, the programme council and administrators; the allocation for case
 * officers and administrators.
 */
@Controller
public class CallOverviewController {

  static final String BASE = "/saksbehandling";

  private final CallFigures figures;
  private final CallOverview overview;
  private final AllocationDesk desk;
  private final CallAllocation allocation;
  private final CouncilExport export;
  private final ObjectMapper objectMapper;

  public CallOverviewController(CallFigures figures, CallOverview overview, AllocationDesk desk, CallAllocation allocation,
      CouncilExport export, ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
    this.figures = figures;
    this.overview = overview;
    this.desk = desk;
    this.allocation = allocation;
    this.export = export;
  }

  @GetMapping(BASE)
  public String latest(Model model) {
    return figures.latestCall().map(call -> "redirect:" + BASE + "/utlysning/" + call.year())
        .orElseGet(() -> missing(model, "Det er ingen utlysninger ennå."));
  }

  @GetMapping(BASE + "/fordeling")
  public String latestAllocation(Model model) {
    return figures.latestCall().map(call -> "redirect:" + BASE + "/utlysning/" + call.year() + "/fordeling")
        .orElseGet(() -> missing(model, "Det er ingen utlysninger ennå."));
  }

  @GetMapping(BASE + "/utlysning/{year}")
  public String page(@PathVariable String year, @RequestParam(name = "side", required = false) String totalsPage,
      Model model) {
    Optional<CallFigures.CallRef> call = call(year);
    if (call.isEmpty()) {
      return missing(model, "Det finnes ingen utlysning for " + year + ".");
    }
    CallOverview.Page page = overview.of(call.get(), totalsPage);
    model.addAttribute("page", page);
    model.addAttribute("chartData", json(page.charts()));
    return "call-overview";
  }

  @GetMapping(BASE + "/utlysning/{year}/fordeling")
  public String allocation(@PathVariable String year, Model model) {
    Optional<CallFigures.CallRef> call = call(year);
    if (call.isEmpty()) {
      return missing(model, "Det finnes ingen utlysning for " + year + ".");
    }
    return allocationPage(call.get(), model);
  }

  @PostMapping(BASE + "/utlysning/{year}/fordeling/bekreft")
  public String confirm(@PathVariable String year, HttpServletRequest request, Model model) {
    Optional<CallFigures.CallRef> call = call(year);
    if (call.isEmpty()) {
      return missing(model, "Det finnes ingen utlysning for " + year + ".");
    }
    model.addAttribute("confirmation", desk.confirmAll(call.get().id(), user(request)));
    return allocationPage(call.get(), model);
  }

  @PostMapping(BASE + "/utlysning/{year}/fordeling/ny")
  public String again(@PathVariable String year, Model model) {
    Optional<CallFigures.CallRef> call = call(year);
    if (call.isEmpty()) {
      return missing(model, "Det finnes ingen utlysning for " + year + ".");
    }
    desk.allocateAgain(call.get().id());
    model.addAttribute("message", "Forslaget er laget på nytt for alle søknader som ikke er endret av en saksbehandler.");
    return allocationPage(call.get(), model);
  }

  @PostMapping(BASE + "/utlysning/{year}/fordeling/sak/{caseNumber}")
  public String change(@PathVariable String year, @PathVariable String caseNumber,
      @RequestParam(name = "reviewers", required = false) List<String> reviewers, HttpServletRequest request,
      Model model) {
    Optional<CallFigures.CallRef> call = call(year);
    if (call.isEmpty()) {
      return missing(model, "Det finnes ingen utlysning for " + year + ".");
    }
    try {
      desk.change(call.get().id(), caseNumber, reviewers == null ? List.of() : reviewers, user(request));
      model.addAttribute("message", "Fagvurdererne for " + caseNumber + " er endret, og resten av utlysningen er fordelt på nytt.");
    } catch (ValidationException e) {
      model.addAttribute("error", e.getMessage());
    }
    return allocationPage(call.get(), model);
  }

  @GetMapping(BASE + "/utlysning/{year}/innstilling.xlsx")
  public ResponseEntity<byte[]> xlsx(@PathVariable String year) {
    return call(year).map(call -> file(ExportFiles.xlsx("Innstilling – " + call.title(), export.sections(call.id())),
            "innstilling-" + call.year() + ".xlsx",
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")))
        .orElseGet(CallOverviewController::notFound);
  }

  @GetMapping(BASE + "/utlysning/{year}/innstilling.csv")
  public ResponseEntity<byte[]> csv(@PathVariable String year) {
    return call(year).map(call -> file(ExportFiles.csv(export.sections(call.id())), "innstilling-" + call.year() + ".csv",
            new MediaType("text", "csv", StandardCharsets.UTF_8)))
        .orElseGet(CallOverviewController::notFound);
  }

  private String allocationPage(CallFigures.CallRef call, Model model) {
    model.addAttribute("call", call);
    model.addAttribute("rows", desk.rows(call.id()));
    model.addAttribute("names", allocation.reviewerNames());
    model.addAttribute("loads", allocation.loads(call.id()));
    return "allocation";
  }

  private String json(Object value) {
    try {
      return objectMapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private Optional<CallFigures.CallRef> call(String year) {
    return year.matches("[0-9]{4}") ? figures.call(Integer.parseInt(year)) : Optional.empty();
  }

  private static String user(HttpServletRequest request) {
    return (String) request.getAttribute(ProgrammeStaffOnly.USER);
  }

  private static String missing(Model model, String message) {
    model.addAttribute("message", message);
    return "call-missing";
  }

  private static ResponseEntity<byte[]> file(byte[] content, String name, MediaType type) {
    return ResponseEntity.ok().contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
        .body(content);
  }

  private static ResponseEntity<byte[]> notFound() {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
        .body("Det finnes ingen utlysning for dette året.".getBytes(StandardCharsets.UTF_8));
  }

  @Configuration
  static class Protection implements WebMvcConfigurer {

    private final ProgrammeStaffOnly staffOnly;

    Protection(ProgrammeStaffOnly staffOnly) {
      this.staffOnly = staffOnly;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
      // The council reads the overview and the export; everything else under /saksbehandling
      // (the allocation, the reviewer pool) is for case officers and administrators.
      String[] council = {BASE, BASE + "/utlysning/*", BASE + "/utlysning/*/innstilling.xlsx",
          BASE + "/utlysning/*/innstilling.csv"};
      registry.addInterceptor(staffOnly).addPathPatterns(BASE + "/**").excludePathPatterns(council);
      registry.addInterceptor(staffOnly.alsoFor(ProgrammeGroups.PROGRAMME_COUNCIL)).addPathPatterns(council);
    }
  }
}
