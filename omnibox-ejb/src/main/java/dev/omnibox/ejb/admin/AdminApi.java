package dev.omnibox.ejb.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The root of the admin API. It is the only admin class with a class-level {@code @Path}, and that
 * path is empty: when an application's own JAX-RS application scans it in, any resource of the
 * application matches a request before it does, because JAX-RS prefers the root path with more
 * literal characters. The other resources are reached through its sub-resource locators.
 */
@Path("")
@RequestScoped
@AdminSecured
@Produces(MediaType.APPLICATION_JSON)
public class AdminApi {

  @Inject EventsResource events;
  @Inject DeadLettersResource deadLetters;
  @Inject JobsResource jobs;

  /** Returns the counts per scope and status of the outbox and the inbox, with their oldest age. */
  @GET
  @Path("overview")
  public JsonObject overview() {
    return events.overview();
  }

  @Path("events")
  public EventsResource events() {
    return events;
  }

  @Path("dead-letters")
  public DeadLettersResource deadLetters() {
    return deadLetters;
  }

  @Path("jobs")
  public JobsResource jobs() {
    return jobs;
  }
}
