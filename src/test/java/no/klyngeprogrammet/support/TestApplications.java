package no.klyngeprogrammet.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Valid application forms, organisation numbers that pass modulus 11, and variations of them. */
public final class TestApplications {

  private static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

  private TestApplications() {}

  /** The n-th valid organisation number of a fixed series. */
  public static String orgNumber(int n) {
    for (int base = 91_000_000 + n * 37; ; base++) {
      String digits = Integer.toString(base);
      int sum = 0;
      for (int i = 0; i < 8; i++) {
        sum += (digits.charAt(i) - '0') * WEIGHTS[i];
      }
      int check = (11 - sum % 11) % 11;
      if (check != 10) {
        return digits + check;
      }
    }
  }

  public static Map<String, Object> member(String name, String orgNumber, String kind) {
    Map<String, Object> member = new HashMap<>();
    member.put("name", name);
    member.put("orgNumber", orgNumber);
    member.put("actorKind", kind);
    return member;
  }

  /**
   * An application that also meets the formal requirements for Arena: ten industry members, the
   * applicant among them, and a knowledge institution and a public actor.
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> eligibleForm(int n) {
    Map<String, Object> form = validForm(n);
    List<Map<String, Object>> members = new ArrayList<>((List<Map<String, Object>>) form.get("members"));
    for (int k = 1; k <= 8; k++) {
      members.add(member("Industribedrift " + k + " for søker " + n + " AS", orgNumber(10_000 * k + n), "INDUSTRY"));
    }
    form.put("members", members);
    return form;
  }

  /** An application that meets the formal requirements of the level, with its default minimum of members. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> eligibleForm(int n, String level) {
    int industry = switch (level) {
      case "ARENA_PRO" -> 20;
      case "GCE" -> 30;
      default -> 10;
    };
    Map<String, Object> form = eligibleForm(n);
    List<Map<String, Object>> members = new ArrayList<>((List<Map<String, Object>>) form.get("members"));
    for (int k = 9; k <= industry - 2; k++) {
      members.add(member("Leverandør " + k + " for søker " + n + " AS", orgNumber(100_000 + 100 * k + n), "INDUSTRY"));
    }
    form.put("members", members);
    form.put("level", level);
    return form;
  }

  /** A complete application from the applicant with organisation number {@code orgNumber(n)}. */
  public static Map<String, Object> validForm(int n) {
    List<Map<String, Object>> members = new ArrayList<>();
    members.add(member("Søker " + n + " AS", orgNumber(n), "INDUSTRY"));
    members.add(member("Ålesund Havbruk AS", orgNumber(1000 + n), "INDUSTRY"));
    members.add(member("Norges teknisk-naturvitenskapelige universitet", orgNumber(2000 + n), "KNOWLEDGE"));
    members.add(member("Møre og Romsdal fylkeskommune", orgNumber(3000 + n), "PUBLIC"));
    Map<String, Object> form = new HashMap<>();
    form.put("clusterName", "Blå Vekst Ærøy " + n);
    form.put("level", "ARENA");
    form.put("applicantName", "Søker " + n + " AS");
    form.put("applicantOrgNumber", orgNumber(n));
    form.put("contactName", "Bjørn Æsøy");
    form.put("contactEmail", "kontakt" + n + "@sokerklynge.no");
    form.put("contactPhone", "+47 912 34 567");
    form.put("members", members);
    form.put("vision", "Å gjøre havnæringen på Sørøya grønnere og mer lønnsom.");
    form.put("focusAreas", "Fôr, røkt og sjømatforedling");
    form.put("projectDescription", "Et felles prosjekt for lavutslipps fartøy og fôrflåter.");
    form.put("projectEffect", "Lavere utslipp og nye arbeidsplasser i distriktet.");
    form.put("programmeContribution", "Støtten utløser et forprosjekt som ellers ikke ville blitt gjennomført.");
    form.put("implementationPlan", "År 1: kartlegging. År 2: pilot. År 3: skalering.");
    form.put("budgetPerYear", 4_000_000);
    form.put("amountApplied", 2_000_000);
    form.put("ownFinancing", 2_000_000);
    form.put("intendsNce", false);
    return form;
  }
}
