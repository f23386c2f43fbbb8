package no.klyngeprogrammet.formal;

import org.camunda.bpm.engine.delegate.VariableScope;

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

  /** Why the case officer overruled the formal requirements. */
  public static String justification(VariableScope scope) {
    return (String) scope.getVariable(JUSTIFICATION);
  }

  public static String decidedBy(VariableScope scope) {
    return (String) scope.getVariable(DECIDED_BY);
  }
}
