package no.klyngeprogrammet.register;

/** The register did not answer, or answered with something that is not its answer. */
class RegisterUnavailable extends RuntimeException {

  RegisterUnavailable(String message) {
    super(message);
  }

  RegisterUnavailable(String message, Throwable cause) {
    super(message, cause);
  }
}
