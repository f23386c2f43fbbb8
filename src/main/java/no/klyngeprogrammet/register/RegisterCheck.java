package no.klyngeprogrammet.register;

import java.time.Instant;
import java.time.LocalDate;

/** What the register said about one organisation of a case's version, as stored. */
public record RegisterCheck(
    String caseNumber, int version, String orgNumber, Stage stage, Standing standing, RegisteredUnit unit,
    LocalDate deletedOn, String mainUnit, Instant checkedAt) {

  public Lookup lookup() {
    return new Lookup(orgNumber, standing, unit, deletedOn, mainUnit);
  }

  public boolean checked() {
    return standing != Standing.UNREACHABLE;
  }
}
