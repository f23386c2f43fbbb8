package no.klyngeprogrammet.register;

import java.time.LocalDate;
import java.time.ZoneOffset;
import no.klyngeprogrammet.config.NorwegianFormat;

/**
 * The register's answer about one organisation number.
 *
 * @param unit the unit's facts when the register has them (active, bankrupt, under liquidation)
 * @param deletedOn the deletion date of a deleted unit, when the register gives it
 * @param mainUnit the organisation number of a sub-unit's main unit
 */
public record Lookup(String orgNumber, Standing standing, RegisteredUnit unit, LocalDate deletedOn, String mainUnit) {

  static Lookup of(RegisteredUnit unit, Standing standing) {
    return new Lookup(unit.orgNumber(), standing, unit, null, null);
  }

  static Lookup deleted(String orgNumber, LocalDate deletedOn) {
    return new Lookup(orgNumber, Standing.DELETED, null, deletedOn, null);
  }

  static Lookup unknown(String orgNumber) {
    return new Lookup(orgNumber, Standing.UNKNOWN, null, null, null);
  }

  static Lookup subUnit(String orgNumber, String mainUnit) {
    return new Lookup(orgNumber, Standing.SUB_UNIT, null, null, mainUnit);
  }

  public static Lookup unreachable(String orgNumber) {
    return new Lookup(orgNumber, Standing.UNREACHABLE, null, null, null);
  }

  /**
   * Why an application naming this organisation is refused, naming it, in Norwegian; null when it is not.
   *
   * @param typedName the name the applicant gave, used when the register has none
   */
  public String refusal(String typedName) {
    if (!standing.refuses()) {
      return null;
    }
    String name = unit != null && unit.name() != null ? unit.name() : typedName;
    String subject = name + " (" + orgNumber + ")";
    return switch (standing) {
      case DELETED -> subject + " er slettet i Enhetsregisteret" + (deletedOn == null ? "" : " " + NorwegianFormat.date(deletedOn.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
      case UNKNOWN -> subject + " finnes ikke i Enhetsregisteret";
      case SUB_UNIT -> subject + " er en underenhet i Enhetsregisteret: oppgi hovedenhetens organisasjonsnummer "
          + mainUnit;
      default -> subject + " " + standing.reason() + " ifølge Enhetsregisteret";
    };
  }
}
