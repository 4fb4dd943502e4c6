package dev.omnibox.ejb.admin;

import dev.omnibox.model.StoredEvent;
import dev.omnibox.spi.DeadLetter;
import dev.omnibox.spi.DeadLetterQuery;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;

/** Filtered pages of dead letters and their replay, below {@code dead-letters/}. */
@Dependent
@AdminSecured
@Produces(MediaType.APPLICATION_JSON)
public class DeadLettersResource {

  @Inject AdminStorage storage;

  /** Returns the newest dead letters first, filtered by kind, scope and event type. */
  @GET
  public JsonObject deadLetters(
      @QueryParam("kind") String kind,
      @QueryParam("scope") String scope,
      @QueryParam("type") String type,
      @QueryParam("limit") String limit) {
    DeadLetterQuery query =
        new DeadLetterQuery(
            AdminParams.optionalKind("kind", kind),
            AdminParams.filter("scope", scope),
            AdminParams.filter("type", type),
            AdminParams.limit(limit));
    JsonArrayBuilder rows = Json.createArrayBuilder();
    storage
        .requireDeadLetters()
        .findMatching(query)
        .forEach(d -> rows.add(AdminJson.deadLetter(d)));
    return Json.createObjectBuilder().add("deadLetters", rows).build();
  }

  /**
   * Brings a dead letter back into its table as a PENDING event and removes it, in one transaction;
   * see {@link dev.omnibox.spi.EventAdministration#replayDeadLetter}.
   */
  @POST
  @Path("{id}/replay")
  public JsonObject replay(@PathParam("id") String id, @Context SecurityContext security) {
    UUID deadLetterId = AdminParams.id("id", id);
    DeadLetter letter =
        storage
            .requireDeadLetters()
            .find(deadLetterId)
            .orElseThrow(() -> Problems.notFound("No dead letter has the id " + deadLetterId));
    StoredEvent event;
    try {
      event =
          storage
              .administration(letter.kind())
              .replayDeadLetter(deadLetterId)
              .orElseThrow(
                  () ->
                      Problems.notFound(
                          "Dead letter " + deadLetterId + " was removed by someone else"));
    } catch (IllegalStateException e) {
      throw Problems.conflict(e.getMessage());
    }
    AdminLogger.LOG.replayed(
        AdminAccess.operator(security),
        deadLetterId,
        EventsResource.name(letter.kind()),
        event.id());
    return AdminJson.event(event);
  }
}
