package dev.omnibox.it.admin;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;

/**
 * The test application's own JAX-RS application at {@code /api}. It lists no classes, so it scans
 * every resource of the deployment, the admin API's included.
 */
@ApplicationPath("api")
public class AdminItApplication extends Application {

  /** An open resource of the application, which must keep working beside the admin API. */
  @Path("ping")
  public static class Ping {

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String ping() {
      return "pong";
    }
  }
}
