package dev.omnibox.ejb.admin;

import jakarta.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Error responses of the admin API: a JSON object with the HTTP status and a message that names the
 * value and the fix.
 */
final class Problems {

  private Problems() {}

  static AdminProblem badRequest(String message) {
    return new AdminProblem(400, message);
  }

  static AdminProblem forbidden(String message) {
    return new AdminProblem(403, message);
  }

  static AdminProblem notFound(String message) {
    return new AdminProblem(404, message);
  }

  static AdminProblem conflict(String message) {
    return new AdminProblem(409, message);
  }

  static AdminProblem notImplemented(String message) {
    return new AdminProblem(501, message);
  }

  /** Returns the JSON error body of a status and message. */
  static String body(int status, String reasonPhrase, String message) {
    return Json.createObjectBuilder()
        .add("status", status)
        .add("error", reasonPhrase)
        .add("message", message)
        .build()
        .toString();
  }

  static Response response(Response.Status status, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(body(status.getStatusCode(), status.getReasonPhrase(), message))
        .build();
  }
}
