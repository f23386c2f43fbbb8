package no.klyngeprogrammet.decision;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.klyngeprogrammet.validation.Errors;
import no.klyngeprogrammet.validation.JsonLists;

/**
 * The programme council's decision: the recommendation, except for the applications the council
 * names to admit or reject instead, which needs a written justification; and never by the person
 * who recommended (four eyes).
 */
public final class CouncilDecision {

  static final String REFUSED = "Vedtaket ble ikke lagret. Rett opp følgende:";

  private CouncilDecision() {}

  /**
   * @param recommended case number → whether the recommendation funds it
   * @return case number → outcome, for the applications where the council deviates
   */
  public static Map<String, DecisionOutcome> deviations(String decidedBy, String recommendedBy, Object admitInstead,
      Object rejectInstead, Object justification, Map<String, Boolean> recommended) {
    Errors errors = new Errors();
    if (decidedBy == null) {
      errors.add("assignee", "Programrådsmedlem", "oppgaven må være tatt av et medlem av programrådet før den fullføres");
    } else if (decidedBy.equals(recommendedBy)) {
      errors.add("assignee", "Programrådsmedlem",
          "den som laget innstillingen (" + recommendedBy + "), kan ikke fatte vedtaket");
    }
    List<String> admit = caseList(admitInstead, DecisionVariables.ADMIT_INSTEAD, "Innvilg", recommended, errors);
    List<String> reject = caseList(rejectInstead, DecisionVariables.REJECT_INSTEAD, "Avslå", recommended, errors);
    Map<String, DecisionOutcome> deviations = new LinkedHashMap<>();
    for (String caseNumber : admit) {
      if (reject.contains(caseNumber)) {
        errors.add(DecisionVariables.REJECT_INSTEAD, "Avslå", caseNumber + " kan ikke både innvilges og avslås");
      } else if (!recommended.get(caseNumber)) {
        deviations.put(caseNumber, DecisionOutcome.ADMITTED);
      }
    }
    for (String caseNumber : reject) {
      if (!admit.contains(caseNumber) && recommended.get(caseNumber)) {
        deviations.put(caseNumber, DecisionOutcome.REJECTED);
      }
    }
    String text = justification instanceof String s ? s.strip() : "";
    if (!deviations.isEmpty() && text.isEmpty()) {
      errors.add(DecisionVariables.DEVIATION_JUSTIFICATION, "Begrunnelse for avvik",
          "må fylles ut når programrådet avviker fra innstillingen");
    } else if (text.length() > 4000) {
      errors.add(DecisionVariables.DEVIATION_JUSTIFICATION, "Begrunnelse for avvik",
          "kan ha høyst 4000 tegn, men har " + text.length());
    }
    errors.throwIfAny(REFUSED);
    return deviations;
  }

  private static List<String> caseList(Object value, String field, String label, Map<String, Boolean> recommended,
      Errors errors) {
    if (value == null) {
      return List.of();
    }
    List<String> cases = JsonLists.strings(value).orElse(null);
    if (cases == null) {
      errors.add(field, label, "må være en liste over saksnumre");
      return List.of();
    }
    List<String> unknown = cases.stream().filter(c -> !recommended.containsKey(c)).toList();
    if (!unknown.isEmpty()) {
      errors.add(field, label, "er ikke vurderte søknader i utlysningen: " + String.join(", ", unknown));
      return List.of();
    }
    return cases;
  }
}
