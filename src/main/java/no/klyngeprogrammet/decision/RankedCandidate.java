package no.klyngeprogrammet.decision;

/**
 * A candidate's place in its level's ranking. {@code budgetLeft} is what remains of the level's
 * budget after this candidate's turn, so the recommendation can show how the budget was spent.
 */
public record RankedCandidate(Candidate candidate, int rank, boolean funded, long budgetLeft) {}
