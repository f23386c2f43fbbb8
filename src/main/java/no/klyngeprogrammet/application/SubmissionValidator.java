package no.klyngeprogrammet.application;

import static no.klyngeprogrammet.application.ApplicationVariables.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import no.klyngeprogrammet.call.Level;
import no.klyngeprogrammet.config.NorwegianFormat;
import no.klyngeprogrammet.form.FormSubmission;
import no.klyngeprogrammet.notification.NotificationService;
import no.klyngeprogrammet.validation.Errors;
import no.klyngeprogrammet.validation.JsonLists;
import no.klyngeprogrammet.validation.Texts;

/**
 * The server's check of a submitted application form. The form validates in the browser too, but
 * REST bypasses the form, so every rule is enforced here, before anything is stored.
 */
public final class SubmissionValidator {

  public static final String REFUSED = "Søknaden ble ikke sendt inn. Rett opp følgende:";
  public static final String NOT_A_FIELD = FormSubmission.NOT_A_FIELD;
  public static final String SUBMITTER_LABEL = "Innsender";
  public static final String NOT_THE_USER =
      "settes til den innloggede brukeren og kan ikke sendes inn for en annen bruker";

  /** Process variables hold text columns of 4000 characters; longer answers belong in attachments. */
  public static final int MAX_LONG_TEXT = Errors.MAX_TEXT;
  public static final int MAX_SHORT_TEXT = 200;
  public static final int MAX_MEMBERS = 1000;
  public static final long MAX_AMOUNT = 10_000_000_000L;

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
  private static final Pattern ASCII_LOCAL_PART = Pattern.compile("^[\\x21-\\x7E]+@");
  private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ]+$");

  private static final Map<String, String> LABELS = Map.ofEntries(
      Map.entry(CLUSTER_NAME, "Klyngens navn"),
      Map.entry(LEVEL, "Nivå det søkes om"),
      Map.entry(APPLICANT_NAME, "Søkerorganisasjonens navn"),
      Map.entry(APPLICANT_ORG_NUMBER, "Søkerorganisasjonens organisasjonsnummer"),
      Map.entry(CONTACT_NAME, "Kontaktpersonens navn"),
      Map.entry(CONTACT_EMAIL, "Kontaktpersonens e-post"),
      Map.entry(CONTACT_PHONE, "Kontaktpersonens telefon"),
      Map.entry(MEMBERS, "Medlemmer"),
      Map.entry(VISION, "Visjon og mål"),
      Map.entry(FOCUS_AREAS, "Fokusområder"),
      Map.entry(PROJECT_DESCRIPTION, "Strategisk utviklingsprosjekt"),
      Map.entry(PROJECT_EFFECT, "Forventet effekt av prosjektet"),
      Map.entry(PROGRAMME_CONTRIBUTION, "Hvordan programmets støtte utløser eller forsterker prosjektet"),
      Map.entry(IMPLEMENTATION_PLAN, "Gjennomføringsplan"),
      Map.entry(BUDGET_PER_YEAR, "Budsjett per år"),
      Map.entry(AMOUNT_APPLIED, "Omsøkt beløp per år"),
      Map.entry(OWN_FINANCING, "Egenfinansiering per år"),
      Map.entry(INTENDS_NCE, "Vil søke NCE-merkevaren senere"));

  private SubmissionValidator() {}

  public static String labelOf(String field) {
    return LABELS.getOrDefault(field, field);
  }

  /** A submission without a logged-in user. */
  public static Submission validate(Map<String, Object> variables, ApplicationProperties limits) {
    return validate(variables, null, limits);
  }

  /**
   * @param authenticatedUser the user the engine runs the start as, or null; the start event's
   *     initiator variable may name this user and nobody else
   * @param limits the programme's limits per level
   */
  public static Submission validate(Map<String, Object> variables, String authenticatedUser,
      ApplicationProperties limits) {
    var check = new Check(variables);
    check.unknownFields();
    check.submitter(authenticatedUser);
    String clusterName = check.line(CLUSTER_NAME);
    Level level = check.level();
    String applicantName = check.line(APPLICANT_NAME);
    String applicantOrgNumber = check.orgNumber(APPLICANT_ORG_NUMBER, labelOf(APPLICANT_ORG_NUMBER),
        variables.get(APPLICANT_ORG_NUMBER));
    String contactName = check.line(CONTACT_NAME);
    String contactEmail = check.email();
    String contactPhone = check.phone();
    List<Member> members = check.members();
    String vision = check.text(VISION, MAX_LONG_TEXT);
    String focusAreas = check.text(FOCUS_AREAS, MAX_LONG_TEXT);
    String projectDescription = check.text(PROJECT_DESCRIPTION, MAX_LONG_TEXT);
    String projectEffect = check.text(PROJECT_EFFECT, MAX_LONG_TEXT);
    String programmeContribution = check.text(PROGRAMME_CONTRIBUTION, MAX_LONG_TEXT);
    String implementationPlan = check.text(IMPLEMENTATION_PLAN, MAX_LONG_TEXT);
    Long budgetPerYear = check.amount(BUDGET_PER_YEAR, true);
    Long amountApplied = check.amount(AMOUNT_APPLIED, true);
    Long ownFinancing = check.amount(OWN_FINANCING, false);
    if (budgetPerYear != null && amountApplied != null && amountApplied > budgetPerYear) {
      check.errors.add(AMOUNT_APPLIED, labelOf(AMOUNT_APPLIED), "kan ikke være større enn budsjettet per år");
    }
    if (level != null && amountApplied != null && amountApplied > limits.maxAmountAppliedFor(level)) {
      check.errors.add(AMOUNT_APPLIED, labelOf(AMOUNT_APPLIED), "kan være høyst "
          + NorwegianFormat.kroner(limits.maxAmountAppliedFor(level)) + " per år for nivået " + level.displayName());
    }
    boolean intendsNce = check.yesNo(INTENDS_NCE);

    check.errors.throwIfAny(REFUSED);
    return new Submission(clusterName, level, applicantName, applicantOrgNumber, contactName, contactEmail,
        contactPhone, members, vision, focusAreas, projectDescription, projectEffect, programmeContribution,
        implementationPlan, budgetPerYear, amountApplied, ownFinancing, intendsNce);
  }

  /** The variables a valid submission is kept as, in normalised form. */
  public static Map<String, Object> toVariables(Submission s) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CLUSTER_NAME, s.clusterName());
    variables.put(LEVEL, s.level().name());
    variables.put(APPLICANT_NAME, s.applicantName());
    variables.put(APPLICANT_ORG_NUMBER, s.applicantOrgNumber());
    variables.put(CONTACT_NAME, s.contactName());
    variables.put(CONTACT_EMAIL, s.contactEmail());
    variables.put(CONTACT_PHONE, s.contactPhone());
    variables.put(VISION, s.vision());
    variables.put(FOCUS_AREAS, s.focusAreas());
    variables.put(PROJECT_DESCRIPTION, s.projectDescription());
    variables.put(PROJECT_EFFECT, s.projectEffect());
    variables.put(PROGRAMME_CONTRIBUTION, s.programmeContribution());
    variables.put(IMPLEMENTATION_PLAN, s.implementationPlan());
    variables.put(BUDGET_PER_YEAR, s.budgetPerYear());
    variables.put(AMOUNT_APPLIED, s.amountApplied());
    variables.put(OWN_FINANCING, s.ownFinancing());
    variables.put(INTENDS_NCE, s.intendsNce());
    return variables;
  }

  private static final class Check {
    private final Map<String, Object> variables;
    private final Errors errors = new Errors();

    Check(Map<String, Object> variables) {
      this.variables = variables;
    }

    void unknownFields() {
      variables.keySet().stream()
          .filter(name -> !FORM_FIELDS.contains(name) && !APPLICANT_USER.equals(name))
          .sorted()
          .forEach(name -> errors.add(name, name, NOT_A_FIELD));
    }

    /**
     * The engine records the initiator before it applies the submitted variables, so a REST caller
     * could otherwise record someone else as the submitter of a version.
     */
    void submitter(String authenticatedUser) {
      Object claimed = variables.get(APPLICANT_USER);
      if (claimed != null && !claimed.equals(authenticatedUser)) {
        errors.add(APPLICANT_USER, SUBMITTER_LABEL, NOT_THE_USER);
      }
    }

    String text(String field, int max) {
      return text(field, labelOf(field), variables.get(field), max);
    }

    String text(String field, String label, Object value, int max) {
      if (value == null) {
        errors.add(field, label, "må fylles ut");
        return null;
      }
      if (!(value instanceof String string)) {
        errors.add(field, label, "må være tekst");
        return null;
      }
      String text = string.strip();
      if (text.isEmpty()) {
        errors.add(field, label, "må fylles ut");
        return null;
      }
      if (text.length() > max) {
        errors.add(field, label, "kan ha høyst " + max + " tegn, men har " + text.length());
        return null;
      }
      if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
        errors.add(field, label, "inneholder kontrolltegn som ikke er tillatt");
        return null;
      }
      if (!Texts.isWellFormed(text)) {
        errors.add(field, label, Texts.NOT_UNICODE);
        return null;
      }
      return text;
    }

    String line(String field) {
      return line(field, labelOf(field), variables.get(field));
    }

    /** Names travel into mail subjects and headers, where a line break would split or forge them. */
    String line(String field, String label, Object value) {
      String text = text(field, label, value, MAX_SHORT_TEXT);
      if (text != null && text.chars().anyMatch(c -> c == '\n' || c == '\r')) {
        errors.add(field, label, "må stå på én linje");
        return null;
      }
      return text;
    }

    Level level() {
      Object value = variables.get(LEVEL);
      if (value == null || value.toString().isBlank()) {
        errors.add(LEVEL, labelOf(LEVEL), "må velges");
        return null;
      }
      try {
        return Level.valueOf(value.toString());
      } catch (IllegalArgumentException e) {
        errors.add(LEVEL, labelOf(LEVEL), "må være Arena, Arena Pro eller GCE");
        return null;
      }
    }

    String orgNumber(String field, String label, Object value) {
      if (value != null && !(value instanceof String)) {
        errors.add(field, label, "må være tekst med 9 sifre");
        return null;
      }
      String number = OrganisationNumber.normalise((String) value);
      var problem = OrganisationNumber.problem(number);
      if (problem.isPresent()) {
        errors.add(field, label, problem.get());
        return null;
      }
      return number;
    }

    String email() {
      String email = text(CONTACT_EMAIL, 254);
      if (email != null && !(EMAIL.matcher(email).matches() && hasAsciiDomain(email))) {
        errors.add(CONTACT_EMAIL, labelOf(CONTACT_EMAIL), "må være en gyldig e-postadresse, for eksempel navn@firma.no");
        return null;
      }
      // A non-ASCII name before the @ can only travel with SMTPUTF8 (RFC 6531), which every relay on
      // the way must support; the domain has an ASCII form (IDN), the name has none. Refusing it here
      // tells the applicant at once, instead of a receipt that never arrives.
      if (email != null && !ASCII_LOCAL_PART.matcher(email).lookingAt()) {
        errors.add(CONTACT_EMAIL, labelOf(CONTACT_EMAIL),
            "kan ikke ha æ, ø, å eller andre tegn utenfor a–z før @, for eksempel navn@firma.no");
        return null;
      }
      return email;
    }

    private static boolean hasAsciiDomain(String email) {
      try {
        NotificationService.asciiDomain(email);
        return true;
      } catch (IllegalArgumentException e) {
        return false;
      }
    }

    String phone() {
      String phone = text(CONTACT_PHONE, 30);
      if (phone == null) {
        return null;
      }
      long digits = phone.chars().filter(Character::isDigit).count();
      if (!PHONE.matcher(phone).matches() || digits < 8 || digits > 15) {
        errors.add(CONTACT_PHONE, labelOf(CONTACT_PHONE), "må være et telefonnummer med 8 til 15 sifre");
        return null;
      }
      return phone;
    }

    List<Member> members() {
      List<?> rows = memberRows(variables.get(MEMBERS));
      if (rows == null) {
        return List.of();
      }
      if (rows.isEmpty()) {
        errors.add(MEMBERS, labelOf(MEMBERS), "minst ett medlem må føres opp");
        return List.of();
      }
      if (rows.size() > MAX_MEMBERS) {
        errors.add(MEMBERS, labelOf(MEMBERS), "kan ha høyst " + MAX_MEMBERS + " medlemmer");
        return List.of();
      }
      List<Member> members = new ArrayList<>();
      Map<String, Integer> firstRowOfNumber = new HashMap<>();
      for (int i = 0; i < rows.size(); i++) {
        String prefix = MEMBERS + "[" + i + "].";
        String label = "Medlem " + (i + 1);
        if (!(rows.get(i) instanceof Map<?, ?> row)) {
          errors.add(MEMBERS + "[" + i + "]", label, "må ha navn, organisasjonsnummer og type aktør");
          continue;
        }
        String name = line(prefix + MEMBER_NAME, label + ": navn", row.get(MEMBER_NAME));
        String number = orgNumber(prefix + MEMBER_ORG_NUMBER, label + ": organisasjonsnummer", row.get(MEMBER_ORG_NUMBER));
        ActorKind kind = actorKind(prefix + MEMBER_ACTOR_KIND, label + ": type aktør", row.get(MEMBER_ACTOR_KIND));
        if (number != null) {
          Integer earlier = firstRowOfNumber.putIfAbsent(number, i + 1);
          if (earlier != null) {
            errors.add(prefix + MEMBER_ORG_NUMBER, label + ": organisasjonsnummer",
                "organisasjonen er allerede oppført som medlem " + earlier);
          }
        }
        if (name != null && number != null && kind != null) {
          members.add(new Member(name, number, kind));
        }
      }
      return members;
    }

    private List<?> memberRows(Object value) {
      if (value == null) {
        errors.add(MEMBERS, labelOf(MEMBERS), "minst ett medlem må føres opp");
        return null;
      }
      var rows = JsonLists.elements(value);
      if (rows.isEmpty()) {
        errors.add(MEMBERS, labelOf(MEMBERS), "må være en liste over medlemmer");
        return null;
      }
      return rows.get();
    }

    private ActorKind actorKind(String field, String label, Object value) {
      if (value == null || value.toString().isBlank()) {
        errors.add(field, label, "må velges");
        return null;
      }
      try {
        return ActorKind.valueOf(value.toString());
      } catch (IllegalArgumentException e) {
        errors.add(field, label, "må være næringsliv, kunnskapsmiljø, offentlig utviklingsaktør eller kapitalaktør");
        return null;
      }
    }

    Long amount(String field, boolean mustBePositive) {
      Object value = variables.get(field);
      String label = labelOf(field);
      if (value == null) {
        errors.add(field, label, "må fylles ut");
        return null;
      }
      if (!(value instanceof Number number)) {
        errors.add(field, label, "må være et tall (hele kroner)");
        return null;
      }
      double amount = number.doubleValue();
      if (amount != Math.floor(amount) || Double.isInfinite(amount)) {
        errors.add(field, label, "må være hele kroner");
        return null;
      }
      if (amount < 0) {
        errors.add(field, label, "kan ikke være negativt");
        return null;
      }
      if (mustBePositive && amount == 0) {
        errors.add(field, label, "må være større enn null");
        return null;
      }
      if (amount > MAX_AMOUNT) {
        errors.add(field, label, "kan ikke være over 10 milliarder kroner");
        return null;
      }
      return number.longValue();
    }

    boolean yesNo(String field) {
      Object value = variables.get(field);
      if (value == null) {
        return false;
      }
      if (!(value instanceof Boolean bool)) {
        errors.add(field, labelOf(field), "må være ja eller nei");
        return false;
      }
      return bool;
    }
  }
}
