package no.klyngeprogrammet.formal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.klyngeprogrammet.application.ActorKind;
import no.klyngeprogrammet.application.Member;
import no.klyngeprogrammet.application.Submission;
import no.klyngeprogrammet.register.RegisterCheck;
import no.klyngeprogrammet.register.RegisteredUnit;
import no.klyngeprogrammet.register.Standing;

/**
 * What the formal check learns from Enhetsregisteret: members whose declared kind of actor the
 * register contradicts (never silently corrected: the case officer sees both), organisations the
 * register now refuses (deleted, bankrupt and so on, found by a recheck after submission), and those
 * still not checked. The formal requirements decision counts them; the text shows them to the case
 * officer.
 */
public record RegisterFindings(int mismatches, int problems, int unchecked, String text) {

  public static final String MISMATCHES = "registerMismatches";
  public static final String PROBLEMS = "registerProblems";
  public static final String UNCHECKED = "registerUnchecked";
  public static final String TEXT = "registerCheckText";

  public static final RegisterFindings NONE = new RegisterFindings(0, 0, 0, "");

  /**
   * @param checks the register's answers at submission by organisation number; empty when the
   *     register is not consulted
   * @param possibleKinds the kinds of actor a registered unit can be; empty when that cannot be told
   */
  public static RegisterFindings of(Submission submission, Map<String, RegisterCheck> checks,
      Function<RegisteredUnit, Set<ActorKind>> possibleKinds) {
    if (checks.isEmpty()) {
      return new RegisterFindings(0, 0, 0, "Organisasjonene er ikke kontrollert mot Enhetsregisteret: kontrollen er slått av.");
    }
    Map<String, String> declared = new LinkedHashMap<>();
    declared.put(submission.applicantOrgNumber(), "Søker: " + submission.applicantName());
    Map<String, ActorKind> declaredKinds = new HashMap<>();
    List<Member> members = submission.members();
    for (int i = 0; i < members.size(); i++) {
      Member m = members.get(i);
      declared.merge(m.orgNumber(), "Medlem " + (i + 1) + ": " + m.name(), (a, b) -> a + " / " + b);
      declaredKinds.put(m.orgNumber(), m.actorKind());
    }
    int mismatches = 0;
    int problems = 0;
    int unchecked = 0;
    List<String> lines = new ArrayList<>();
    for (var entry : declared.entrySet()) {
      RegisterCheck check = checks.get(entry.getKey());
      String who = entry.getValue() + " (" + entry.getKey() + ")";
      if (check == null || check.standing() == Standing.UNREACHABLE) {
        unchecked++;
        lines.add("• " + who + ": ikke kontrollert – Enhetsregisteret kunne ikke nås");
      } else if (check.standing().refuses()) {
        problems++;
        lines.add("• " + who + ": " + check.lookup().refusal(entry.getValue()).replaceFirst("^.*\\(\\d{9}\\) ", ""));
      } else {
        ActorKind kind = declaredKinds.get(entry.getKey());
        Set<ActorKind> possible = possibleKinds.apply(check.unit());
        if (kind != null && !possible.isEmpty() && !possible.contains(kind)) {
          mismatches++;
          lines.add("• " + who + ": oppgitt type aktør " + kind.displayName() + "; registrert: " + registered(check.unit())
              + " → " + possible.stream().map(ActorKind::displayName).collect(Collectors.joining(" eller ")));
        }
      }
    }
    String text = lines.isEmpty()
        ? "Alle organisasjonene er kontrollert mot Enhetsregisteret, og oppgitt type aktør stemmer."
        : String.join("\n", lines);
    return new RegisterFindings(mismatches, problems, unchecked, text);
  }

  static String registered(RegisteredUnit unit) {
    return unit.name() + ", " + (unit.orgFormName() == null ? "" : unit.orgFormName() + " ") + "(" + unit.orgForm() + ")"
        + (unit.sectorCode() == null ? "" : ", sektor " + unit.sectorCode()
            + (unit.sectorName() == null ? "" : " " + unit.sectorName()));
  }

  public Map<String, Object> toVariables() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(MISMATCHES, mismatches);
    variables.put(PROBLEMS, problems);
    variables.put(UNCHECKED, unchecked);
    variables.put(TEXT, text);
    return variables;
  }
}
