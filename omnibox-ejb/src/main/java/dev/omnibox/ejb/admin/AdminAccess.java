package dev.omnibox.ejb.admin;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

/**
 * Rejects admin requests without an authenticated user (401) or without the role {@value #ROLE}
 * (403), before any resource method runs.
 *
 * <p>The servlet security constraint of the library's {@code web-fragment.xml} makes the container
 * authenticate requests under {@code /omnibox/*}. This filter is the second check: it keeps the
 * resources closed wherever else a JAX-RS application of the deployment exposes them, because no
 * user is authenticated on paths without a constraint.
 */
@Provider
@AdminSecured
@Priority(Priorities.AUTHORIZATION)
public class AdminAccess implements ContainerRequestFilter {

  /** The role every admin request and the console require. */
  public static final String ROLE = "omnibox-admin";

  @Override
  public void filter(ContainerRequestContext request) {
    SecurityContext security = request.getSecurityContext();
    if (security == null || security.getUserPrincipal() == null) {
      request.abortWith(
          Response.fromResponse(
                  Problems.response(
                      Response.Status.UNAUTHORIZED,
                      "Authentication required: log in as a user in role " + ROLE))
              .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"omnibox\"")
              .build());
    } else if (!security.isUserInRole(ROLE)) {
      request.abortWith(
          Problems.response(
              Response.Status.FORBIDDEN,
              "User "
                  + security.getUserPrincipal().getName()
                  + " lacks the role "
                  + ROLE
                  + "; grant it to use the omnibox admin API"));
    }
  }

  /** Returns the name of the authenticated operator, for the log. */
  static String operator(SecurityContext security) {
    return security.getUserPrincipal() == null ? "?" : security.getUserPrincipal().getName();
  }
}
