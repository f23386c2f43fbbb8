package no.klyngeprogrammet.formal;

/** Variables of the formal check in {@code ClusterApplication}. */
public final class FormalCheckVariables {

  /** The decision's result: one sentence per broken requirement. */
  public static final String DEFICIENCIES = "formalDeficiencies";
  public static final String DEFICIENCIES_TEXT = "formalDeficienciesText";
  public static final String OVERRULE = "overruleFormalCheck";
  public static final String JUSTIFICATION = "overruleJustification";
  public static final String DECIDED_BY = "formalCheckDecidedBy";
  public static final String ELIGIBLE = "formallyEligible";

  private FormalCheckVariables() {}
}
