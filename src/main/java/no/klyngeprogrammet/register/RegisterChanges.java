package no.klyngeprogrammet.register;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What changed in the register about a version's organisations between submission and the decision. */
public final class RegisterChanges {

  private RegisterChanges() {}

  /** One line per organisation that changed, in Norwegian; empty when none did. */
  public static List<String> between(Map<String, RegisterCheck> atSubmission, Map<String, Lookup> now) {
    List<String> changes = new ArrayList<>();
    atSubmission.forEach((number, before) -> {
      Lookup after = now.get(number);
      if (after == null) {
        return;
      }
      String name = before.unit() != null ? before.unit().name() : number;
      String who = name + " (" + number + ")";
      if (after.standing() == Standing.UNREACHABLE) {
        changes.add(who + ": kunne ikke kontrolleres på nytt – Enhetsregisteret kunne ikke nås");
      } else if (after.standing() != before.standing()) {
        String nowText = after.standing().refuses()
            ? after.refusal(name).replaceFirst("^.*\\(\\d{9}\\) ", "")
            : "er " + after.standing().displayName().toLowerCase() + " i Enhetsregisteret";
        changes.add(who + ": " + nowText + " (ved innsending: " + before.standing().displayName().toLowerCase() + ")");
      } else if (before.unit() != null && after.unit() != null) {
        if (!Objects.equals(before.unit().name(), after.unit().name())) {
          changes.add(who + ": har skiftet navn til " + after.unit().name());
        }
        if (!Objects.equals(before.unit().orgForm(), after.unit().orgForm())) {
          changes.add(who + ": har endret organisasjonsform fra " + before.unit().orgForm() + " til "
              + after.unit().orgForm());
        }
      }
    });
    return changes;
  }
}
