package no.klyngeprogrammet.identity;

/** Start-up stops with this when no administrator password is configured. */
public class MissingAdminPasswordException extends RuntimeException {

  public MissingAdminPasswordException() {
    super("The administrator's password is not set. Set the environment variable KLYNGE_ADMIN_PASSWORD "
        + "(property klynge.identity.admin-password) before starting the application.");
  }
}
