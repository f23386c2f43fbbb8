package no.klyngeprogrammet.scoring;

import java.math.BigDecimal;
import java.util.Map;

/** The final scores of one version of an application, as recorded when its scoring finished. */
public record FinalScore(String caseNumber, int version, BigDecimal total, boolean passesThresholds,
    Map<Criterion, BigDecimal> perCriterion, String consensusJustification) {}
