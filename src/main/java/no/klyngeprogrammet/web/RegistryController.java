package no.klyngeprogrammet.web;

import java.util.List;
import no.klyngeprogrammet.evaluation.RegistryView;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The cluster registry: {@code /api/registry} as JSON and {@code /klyngeregister} as a page. */
@Controller
public class RegistryController {

  private final RegistryView registry;

  public RegistryController(RegistryView registry) {
    this.registry = registry;
  }

  public record Registry(List<RegistryView.Cluster> clusters, List<RegistryView.Cluster> dueInNextRound) {}

  @GetMapping(path = "/api/registry", produces = "application/json")
  @ResponseBody
  public Registry json() {
    return new Registry(registry.clusters(), registry.dueInNextRound());
  }

  @GetMapping("/klyngeregister")
  public String page(Model model) {
    model.addAttribute("clusters", registry.clusters());
    model.addAttribute("due", registry.dueInNextRound());
    return "registry";
  }

  @Configuration
  static class Protection implements WebMvcConfigurer {

    private final ProgrammeStaffOnly staffOnly;

    Protection(ProgrammeStaffOnly staffOnly) {
      this.staffOnly = staffOnly;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
      registry.addInterceptor(staffOnly).addPathPatterns("/api/registry/**", "/klyngeregister/**");
    }
  }
}
