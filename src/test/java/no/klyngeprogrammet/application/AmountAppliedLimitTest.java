package no.klyngeprogrammet.application;

import static no.klyngeprogrammet.support.TestApplications.validForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import no.klyngeprogrammet.call.Level;
import no.klyngeprogrammet.config.NorwegianFormat;
import no.klyngeprogrammet.validation.ValidationException;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * The most a cluster may apply for per year: the level's configured ceiling, refused by the server
 * naming the field and the limit, and by the form in the browser with the same figures.
 */
class AmountAppliedLimitTest {

  static final ApplicationProperties CONFIGURED = configured();

  static ApplicationProperties configured() {
    try {
      var environment = new StandardEnvironment();
      new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yaml"))
          .forEach(environment.getPropertySources()::addLast);
      return Binder.get(environment).bind("klynge.application", ApplicationProperties.class).get();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static JsonNode amountAppliedField() throws IOException {
    try (InputStream in = new ClassPathResource("processes/application.form").getInputStream()) {
      return new ObjectMapper().readTree(in).findParents("key").stream()
          .filter(field -> "amountApplied".equals(field.path("key").asText())).findFirst().orElseThrow();
    }
  }

  @Test
  void theConfiguredCeilingsAreTheLevelsYearlyFundingFrames() {
    assertThat(CONFIGURED.maxAmountApplied()).isEqualTo(Map.of(
        Level.ARENA, 3_000_000L, Level.ARENA_PRO, 6_000_000L, Level.GCE, 10_000_000L));
  }

  @ParameterizedTest
  @EnumSource(Level.class)
  void theFormRefusesInTheBrowserWhatTheServerRefuses(Level level) throws IOException {
    String max = amountAppliedField().path("validate").path("max").asText();
    assertThat(max).startsWith("=");

    Object evaluated = new ScalaFeelEngineFactory().createInstance().evaluateSimpleExpression(max.substring(1),
        Variables.createVariables().putValue("level", level.name()).asVariableContext());

    assertThat(((Number) evaluated).longValue()).isEqualTo(CONFIGURED.maxAmountAppliedFor(level));
    assertThat(amountAppliedField().path("description").asText())
        .contains(String.format(java.util.Locale.ROOT, "%,d kr for %s", CONFIGURED.maxAmountAppliedFor(level), level.name().equals("GCE")
            ? "GCE" : level.displayName()).replace(',', ' '));
  }

  @Test
  void theServerRefusesAnAmountAboveTheLevelsCeilingNamingTheFieldAndTheLimit() {
    Map<String, Object> form = validForm(1);
    form.put("budgetPerYear", 4_000_000_000L);
    form.put("amountApplied", 2_147_483_648L);

    assertThatThrownBy(() -> SubmissionValidator.validate(form, CONFIGURED))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("Omsøkt beløp per år (amountApplied): kan være høyst " + NorwegianFormat.kroner(3_000_000)
            + " per år for nivået Arena");
  }

  @ParameterizedTest
  @EnumSource(Level.class)
  void theCeilingItselfIsAcceptedAndOneKroneMoreIsNot(Level level) {
    long ceiling = CONFIGURED.maxAmountAppliedFor(level);
    Map<String, Object> form = validForm(1);
    form.put("level", level.name());
    form.put("budgetPerYear", ceiling * 2);
    form.put("amountApplied", ceiling);
    assertThat(SubmissionValidator.validate(form, CONFIGURED).amountApplied()).isEqualTo(ceiling);

    form.put("amountApplied", ceiling + 1);
    assertThatThrownBy(() -> SubmissionValidator.validate(form, CONFIGURED))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("(amountApplied): kan være høyst kr")
        .hasMessageContaining("for nivået " + level.displayName());
  }

  @Test
  void aLevelWithoutACeilingStopsTheStartWithThePropertyToSet() {
    assertThatThrownBy(() -> new ApplicationProperties(Map.of(Level.ARENA, 3_000_000L, Level.GCE, 10_000_000L)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("klynge.application.max-amount-applied.ARENA_PRO is not configured");
  }
}
