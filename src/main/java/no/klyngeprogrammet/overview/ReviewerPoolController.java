package no.klyngeprogrammet.overview;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import no.klyngeprogrammet.config.NorwegianFormat;
import no.klyngeprogrammet.identity.ProgrammeGroups;
import no.klyngeprogrammet.pool.PoolForm;
import no.klyngeprogrammet.pool.ReviewerPool;
import no.klyngeprogrammet.validation.ValidationException;
import no.klyngeprogrammet.web.ProgrammeStaffOnly;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The reviewer pool: case officers and administrators maintain every reviewer's levels, fields,
 * capacity and affiliations at {@code /saksbehandling/fagvurderere}; a reviewer sees and corrects
 * their own affiliations at {@code /fagvurderer/tilknytninger}. Every change is kept with who made it.
 */
@Controller
public class ReviewerPoolController {

  static final String POOL = CallOverviewController.BASE + "/fagvurderere";
  static final String OWN = "/fagvurderer/tilknytninger";

  public record Entry(String id, String name, ReviewerPool.Profile profile, String levels, String affiliations,
      List<String> history) {}

  private final ReviewerPool pool;
  private final IdentityService identityService;
  private final Clock clock;
  private final java.time.ZoneId zone;

  public ReviewerPoolController(ReviewerPool pool, IdentityService identityService, Clock clock,
      java.time.ZoneId programmeZone) {
    this.pool = pool;
    this.identityService = identityService;
    this.clock = clock;
    this.zone = programmeZone;
  }

  @GetMapping(POOL)
  public String pool(Model model) {
    return poolPage(model);
  }

  @PostMapping(POOL + "/{reviewerId}")
  public String save(@PathVariable String reviewerId, @RequestParam(name = "levels", required = false) List<String> levels,
      @RequestParam(name = "fields", required = false) String fields,
      @RequestParam(name = "capacity", required = false) String capacity,
      @RequestParam(name = "affiliations", required = false) String affiliations, HttpServletRequest request,
      Model model) {
    if (!reviewers().containsKey(reviewerId)) {
      model.addAttribute("error", "Endringen ble ikke lagret. " + reviewerId + " er ikke fagvurderer.");
      return poolPage(model);
    }
    try {
      ReviewerPool.Profile profile = PoolForm.profile(reviewerId, levels, fields, capacity);
      List<ReviewerPool.Affiliation> parsed = PoolForm.affiliations(affiliations);
      String by = (String) request.getAttribute(ProgrammeStaffOnly.USER);
      pool.save(reviewerId, Optional.of(profile), parsed, by, clock.instant());
      model.addAttribute("message", "Endringene for " + reviewerId + " er lagret.");
    } catch (ValidationException e) {
      model.addAttribute("error", e.getMessage());
    }
    return poolPage(model);
  }

  @GetMapping(OWN)
  public String own(HttpServletRequest request, Model model) {
    return ownPage((String) request.getAttribute(ProgrammeStaffOnly.USER), model);
  }

  @PostMapping(OWN)
  public String saveOwn(@RequestParam(name = "affiliations", required = false) String affiliations,
      HttpServletRequest request, Model model) {
    String reviewerId = (String) request.getAttribute(ProgrammeStaffOnly.USER);
    try {
      pool.save(reviewerId, Optional.empty(), PoolForm.affiliations(affiliations), reviewerId, clock.instant());
      model.addAttribute("message", "Tilknytningene dine er lagret.");
    } catch (ValidationException e) {
      model.addAttribute("error", e.getMessage());
    }
    return ownPage(reviewerId, model);
  }

  private String poolPage(Model model) {
    model.addAttribute("entries", reviewers().entrySet().stream().map(r -> entry(r.getKey(), r.getValue())).toList());
    model.addAttribute("levels", no.klyngeprogrammet.call.Level.values());
    return "reviewer-pool";
  }

  private String ownPage(String reviewerId, Model model) {
    model.addAttribute("entry", entry(reviewerId, reviewers().getOrDefault(reviewerId, reviewerId)));
    return "reviewer-affiliations";
  }

  private Entry entry(String id, String name) {
    ReviewerPool.Profile profile = pool.profile(id);
    String levels = profile.levels().isEmpty() ? "Alle" : String.join(", ", profile.levels().stream().sorted()
        .map(no.klyngeprogrammet.call.Level::displayName).toList());
    return new Entry(id, name, profile, levels, PoolForm.text(pool.affiliations(id)), pool.history(id).stream()
        .map(c -> NorwegianFormat.dateTime(c.at(), zone) + ", " + c.by() + ": " + c.description()).toList());
  }

  private Map<String, String> reviewers() {
    Map<String, String> reviewers = new TreeMap<>();
    identityService.createUserQuery().memberOfGroup(ProgrammeGroups.REVIEWERS).list().forEach(u -> reviewers.put(u.getId(),
        ((u.getFirstName() == null ? "" : u.getFirstName()) + " " + (u.getLastName() == null ? "" : u.getLastName())).strip()));
    return reviewers;
  }

  @Configuration
  static class Protection implements WebMvcConfigurer {

    private final ProgrammeStaffOnly staffOnly;

    Protection(ProgrammeStaffOnly staffOnly) {
      this.staffOnly = staffOnly;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
      registry.addInterceptor(staffOnly.onlyFor(ProgrammeGroups.REVIEWERS)).addPathPatterns(OWN);
    }
  }
}
