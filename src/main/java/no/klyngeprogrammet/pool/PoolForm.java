package no.klyngeprogrammet.pool;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import no.klyngeprogrammet.application.OrganisationNumber;
import no.klyngeprogrammet.call.Level;
import no.klyngeprogrammet.validation.Errors;
import no.klyngeprogrammet.validation.Texts;

/**
 * What the pool's pages send: levels, fields, capacity and affiliations, one affiliation a line as
 * "organisasjonsnummer tilknytning" (arbeidsgiver, styreverv or eierskap). Every broken rule is
 * named with its field, and nothing is saved unless all hold.
 */
public final class PoolForm {

  public static final String REFUSED = "Endringen ble ikke lagret.";

  private PoolForm() {}

  public static ReviewerPool.Profile profile(String reviewerId, List<String> levels, String fields, String capacity) {
    Errors errors = new Errors();
    Set<Level> parsed = EnumSet.noneOf(Level.class);
    for (String level : levels == null ? List.<String>of() : levels) {
      Optional<Level> known = ReviewerPool.level(level);
      known.ifPresentOrElse(parsed::add, () -> errors.add("levels", "Nivåer", "kjenner ikke nivået " + level));
    }
    int parsedCapacity = 0;
    try {
      parsedCapacity = Integer.parseInt(capacity == null ? "" : capacity.strip());
      if (parsedCapacity < 0 || parsedCapacity > 500) {
        errors.add("capacity", "Kapasitet", "må være et helt tall fra 0 til 500");
      }
    } catch (NumberFormatException e) {
      errors.add("capacity", "Kapasitet", "må være et helt tall fra 0 til 500");
    }
    List<String> parsedFields = ReviewerPool.fields(fields);
    if (fields != null && !Texts.isWellFormed(fields)) {
      errors.add("fields", "Fagfelt", Texts.NOT_UNICODE);
    } else if (String.join(",", parsedFields).length() > 1000) {
      errors.add("fields", "Fagfelt", "kan ha høyst 1000 tegn");
    }
    errors.throwIfAny(REFUSED);
    return new ReviewerPool.Profile(reviewerId, Set.copyOf(parsed), parsedFields, parsedCapacity);
  }

  public static List<ReviewerPool.Affiliation> affiliations(String text) {
    Errors errors = new Errors();
    List<ReviewerPool.Affiliation> affiliations = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String[] lines = text == null ? new String[0] : text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      String label = "Tilknytninger, linje " + (i + 1);
      int space = line.lastIndexOf(' ');
      String kindText = space < 0 ? "" : line.substring(space + 1).toLowerCase(Locale.ROOT);
      Optional<AffiliationKind> kind = Arrays.stream(AffiliationKind.values())
          .filter(k -> k.displayName().equals(kindText)).findFirst();
      String number = OrganisationNumber.normalise(space < 0 ? line : line.substring(0, space));
      Optional<String> problem = OrganisationNumber.problem(number);
      if (kind.isEmpty()) {
        errors.add("affiliations", label, "må slutte med arbeidsgiver, styreverv eller eierskap");
      } else if (problem.isPresent()) {
        errors.add("affiliations", label, "organisasjonsnummeret: " + problem.get());
      } else if (!seen.add(number)) {
        errors.add("affiliations", label, "organisasjonsnummeret " + number + " står allerede i listen");
      } else {
        affiliations.add(new ReviewerPool.Affiliation(number, kind.get()));
      }
    }
    errors.throwIfAny(REFUSED);
    return affiliations;
  }

  /** The affiliations as the form's text shows them. */
  public static String text(List<ReviewerPool.Affiliation> affiliations) {
    StringBuilder text = new StringBuilder();
    affiliations.forEach(a -> text.append(a.orgNumber()).append(' ').append(a.kind().displayName()).append('\n'));
    return text.toString();
  }
}
