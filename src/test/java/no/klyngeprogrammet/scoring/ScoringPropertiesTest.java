package no.klyngeprogrammet.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class ScoringPropertiesTest {

  @Test
  void everyCriterionWeighsOneWhenNoWeightsAreConfigured() {
    ScoringProperties properties = new ScoringProperties(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, null);

    assertThat(properties.weights()).containsOnlyKeys(Criterion.values());
    assertThat(properties.weights().values()).containsOnly(BigDecimal.ONE);
  }

  @Test
  void aCriterionLeftOutOfTheWeightsWeighsOneAndTheOthersKeepTheirs() {
    Map<Criterion, BigDecimal> weights = new EnumMap<>(Criterion.class);
    weights.put(Criterion.PARTICIPATION, new BigDecimal("1.5"));
    weights.put(Criterion.LEADERSHIP, null);

    ScoringProperties properties =
        new ScoringProperties(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, weights);

    assertThat(properties.weightOf(Criterion.PARTICIPATION)).isEqualByComparingTo("1.5");
    assertThat(properties.weightOf(Criterion.LEADERSHIP)).isEqualByComparingTo("1");
    assertThat(properties.weightOf(Criterion.SYNERGY)).isEqualByComparingTo("1");
  }

  @Test
  void theWeightsCannotBeChangedAfterwards() {
    ScoringProperties properties = new ScoringProperties(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, Map.of());

    assertThatThrownBy(() -> properties.weights().put(Criterion.SYNERGY, BigDecimal.TEN))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void bindsFromKebabCaseSettingsAsAProgrammeOfficeWritesThem() {
    MapConfigurationPropertySource source = new MapConfigurationPropertySource(Map.of(
        "klynge.scoring.criterion-threshold", "3",
        "klynge.scoring.total-threshold", "17",
        "klynge.scoring.consensus-spread", "2",
        "klynge.scoring.weights.strategic-project", "2",
        "klynge.scoring.weights.LEADERSHIP", "1.5"));

    ScoringProperties properties =
        new Binder(source).bind("klynge.scoring", ScoringProperties.class).get();

    assertThat(properties.criterionThreshold()).isEqualByComparingTo("3");
    assertThat(properties.totalThreshold()).isEqualByComparingTo("17");
    assertThat(properties.consensusSpread()).isEqualByComparingTo("2");
    assertThat(properties.weightOf(Criterion.STRATEGIC_PROJECT)).isEqualByComparingTo("2");
    assertThat(properties.weightOf(Criterion.LEADERSHIP)).isEqualByComparingTo("1.5");
    assertThat(properties.weightOf(Criterion.VALUE_CREATION)).isEqualByComparingTo("1");
  }
}
