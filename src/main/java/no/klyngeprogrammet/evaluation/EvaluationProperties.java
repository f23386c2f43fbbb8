package no.klyngeprogrammet.evaluation;

import java.time.LocalTime;
import java.time.MonthDay;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The yearly evaluation's calendar and rules, from {@code klynge.evaluation}. */
@ConfigurationProperties("klynge.evaluation")
public record EvaluationProperties(
    MonthDay roundOpensOn,
    LocalTime roundOpensAt,
    MonthDay reportDueOn,
    LocalTime reportDueAt,
    Period reminderBefore,
    Period escalateAfter,
    int fundsTolerancePercent,
    int arenaMaxYears,
    int gceMidTermYear) {}
