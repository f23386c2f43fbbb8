package no.klyngeprogrammet.notification;

import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the plain-text letters in {@code src/main/resources/mail}. The first line of a
 * template is the subject; the rest is the body.
 */
@Component
public class MailTemplates {

  public record Rendered(String subject, String body) {}

  private final SpringTemplateEngine engine = new SpringTemplateEngine();

  public MailTemplates() {
    var resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("mail/");
    resolver.setSuffix(".txt");
    resolver.setTemplateMode(TemplateMode.TEXT);
    resolver.setCharacterEncoding("UTF-8");
    engine.setTemplateResolver(resolver);
  }

  public Rendered render(String template, Map<String, Object> model) {
    String text = engine.process(template, new Context(Locale.forLanguageTag("nb-NO"), model));
    int endOfSubject = text.indexOf('\n');
    return new Rendered(text.substring(0, endOfSubject).strip(), text.substring(endOfSubject + 1).stripLeading());
  }
}
