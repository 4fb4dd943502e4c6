package dev.omnibox.ejb.admin;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Converts an {@link AdminProblem} into a response with its status and a JSON body of its message.
 */
@Provider
public class AdminProblemMapper implements ExceptionMapper<AdminProblem> {

  @Override
  public Response toResponse(AdminProblem problem) {
    Response.StatusType status = Response.Status.fromStatusCode(problem.status());
    String phrase = status == null ? "Error" : status.getReasonPhrase();
    return Response.status(problem.status())
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(Problems.body(problem.status(), phrase, problem.getMessage()))
        .build();
  }
}
