package no.klyngeprogrammet.web;

import jakarta.servlet.http.HttpServletResponse;
import no.klyngeprogrammet.identity.PasswordLinks;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /passord/{token}}: a cluster manager sets the first password through the one-time link.
 * A wrong, used and expired link all get the same answer, so the page tells nothing about tokens.
 */
@Controller
public class SetPasswordController {

  static final int MIN_LENGTH = 10;
  static final int MAX_LENGTH = 128;
  static final String INVALID_LINK = "Lenken er ugyldig, allerede brukt eller utløpt. Be programledelsen om en ny lenke.";

  private final PasswordLinks links;
  private final IdentityService identityService;

  public SetPasswordController(PasswordLinks links, IdentityService identityService) {
    this.links = links;
    this.identityService = identityService;
  }

  @GetMapping("/passord/{token}")
  public String form(@PathVariable String token, Model model, HttpServletResponse response) {
    var userId = links.userOf(token);
    if (userId.isEmpty()) {
      return invalidLink(model, response);
    }
    model.addAttribute("userId", userId.get());
    return "set-password";
  }

  @PostMapping("/passord/{token}")
  @Transactional
  public String set(@PathVariable String token, @RequestParam(defaultValue = "") String password,
      @RequestParam(defaultValue = "") String confirmation, Model model, HttpServletResponse response) {
    var userId = links.userOf(token);
    if (userId.isEmpty()) {
      return invalidLink(model, response);
    }
    model.addAttribute("userId", userId.get());
    String problem = problem(password, confirmation);
    if (problem != null) {
      model.addAttribute("error", problem);
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return "set-password";
    }
    if (!links.use(token)) {
      return invalidLink(model, response);
    }
    var user = identityService.createUserQuery().userId(userId.get()).singleResult();
    user.setPassword(password);
    identityService.saveUser(user);
    return "password-set";
  }

  static String problem(String password, String confirmation) {
    if (password.length() < MIN_LENGTH) {
      return "Passord: må ha minst " + MIN_LENGTH + " tegn.";
    }
    if (password.length() > MAX_LENGTH) {
      return "Passord: kan ha høyst " + MAX_LENGTH + " tegn.";
    }
    if (!password.equals(confirmation)) {
      return "Gjenta passordet: de to passordene er ikke like.";
    }
    return null;
  }

  private static String invalidLink(Model model, HttpServletResponse response) {
    response.setStatus(HttpStatus.NOT_FOUND.value());
    model.addAttribute("message", INVALID_LINK);
    return "password-link-invalid";
  }
}
