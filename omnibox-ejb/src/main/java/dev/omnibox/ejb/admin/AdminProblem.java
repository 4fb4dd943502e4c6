package dev.omnibox.ejb.admin;

/**
 * A request the admin API rejects, with the HTTP status of the response and a message that names
 * the value and the fix. {@link AdminProblemMapper} turns it into a JSON response. It is a type of
 * its own so that the mapper never changes the responses to an application's own exceptions.
 */
final class AdminProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;

  AdminProblem(int status, String message) {
    super(message);
    this.status = status;
  }

  int status() {
    return status;
  }
}
