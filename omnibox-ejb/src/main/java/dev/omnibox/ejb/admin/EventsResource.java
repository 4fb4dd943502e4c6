package dev.omnibox.ejb.admin;

import dev.omnibox.model.StoredEvent;
import dev.omnibox.spi.EventKind;
import dev.omnibox.spi.EventQuery;
import dev.omnibox.spi.EventRepository;
import dev.omnibox.spi.StatusCount;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Status counts, filtered event pages, requeue and force-unlock of outbox and inbox events, below
 * {@code events/}. A sub-resource of {@link AdminApi}.
 */
@Dependent
@AdminSecured
@Produces(MediaType.APPLICATION_JSON)
public class EventsResource {

  @Inject AdminStorage storage;

  /** Returns the counts per scope and status of the outbox and the inbox. */
  JsonObject overview() {
    Instant now = Instant.now();
    return Json.createObjectBuilder()
        .add("serverTime", now.toString())
        .add("outbox", counts(EventKind.OUTBOX, now))
        .add("inbox", counts(EventKind.INBOX, now))
        .add("deadLetters", storage.deadLetters().isPresent())
        .build();
  }

  private JsonObject counts(EventKind kind, Instant now) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    if (storage.repository(kind).isEmpty()) {
      return json.add("available", false).add("reason", "not deployed").build();
    }
    List<StatusCount> counts = storage.administration(kind).countByStatus();
    JsonArrayBuilder rows = Json.createArrayBuilder();
    counts.forEach(count -> rows.add(AdminJson.count(count, now)));
    return json.add("available", true).add("counts", rows).build();
  }

  /** Returns a page of events of one kind and status, filtered by scope and event type. */
  @GET
  public JsonObject events(
      @QueryParam("kind") String kind,
      @QueryParam("status") String status,
      @QueryParam("scope") String scope,
      @QueryParam("type") String type,
      @QueryParam("limit") String limit) {
    EventKind eventKind = AdminParams.kind("kind", kind);
    EventQuery query =
        new EventQuery(
            AdminParams.status(status),
            AdminParams.filter("scope", scope),
            AdminParams.filter("type", type),
            AdminParams.limit(limit));
    JsonArrayBuilder rows = Json.createArrayBuilder();
    storage.administration(eventKind).findEvents(query).forEach(e -> rows.add(AdminJson.event(e)));
    return Json.createObjectBuilder().add("events", rows).build();
  }

  @GET
  @Path("{kind}/{id}")
  public JsonObject event(@PathParam("kind") String kind, @PathParam("id") String id) {
    EventKind eventKind = AdminParams.kind("kind", kind);
    UUID eventId = AdminParams.id("id", id);
    return AdminJson.event(find(eventKind, eventId));
  }

  /** Moves one FAILED event back to PENDING, due now with its attempts reset. */
  @POST
  @Path("{kind}/{id}/requeue")
  public JsonObject requeue(
      @PathParam("kind") String kind,
      @PathParam("id") String id,
      @Context SecurityContext security) {
    EventKind eventKind = AdminParams.kind("kind", kind);
    UUID eventId = AdminParams.id("id", id);
    EventRepository<? extends StoredEvent> repository = storage.require(eventKind);
    if (repository.requeueFailed(List.of(eventId)) == 0) {
      StoredEvent event = find(eventKind, eventId);
      throw Problems.conflict(
          "Event "
              + eventId
              + " is "
              + event.status()
              + ", not FAILED, so it was not requeued; only FAILED events can be requeued");
    }
    AdminLogger.LOG.requeued(AdminAccess.operator(security), name(eventKind), eventId);
    return AdminJson.event(find(eventKind, eventId));
  }

  /** Clears the lease of one event whatever its holder, recording the reason as its last error. */
  @POST
  @Path("{kind}/{id}/unlock")
  @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
  public JsonObject unlock(
      @PathParam("kind") String kind,
      @PathParam("id") String id,
      String body,
      @Context SecurityContext security) {
    EventKind eventKind = AdminParams.kind("kind", kind);
    UUID eventId = AdminParams.id("id", id);
    String reason = AdminParams.reason(AdminParams.body(body));
    StoredEvent before = find(eventKind, eventId);
    if (!storage.require(eventKind).forceUnlock(eventId, reason)) {
      throw Problems.conflict("Event " + eventId + " is not locked, so there is no lease to clear");
    }
    AdminLogger.LOG.forceUnlocked(
        AdminAccess.operator(security), name(eventKind), eventId, before.lockedBy(), reason);
    return AdminJson.event(find(eventKind, eventId));
  }

  private StoredEvent find(EventKind kind, UUID id) {
    Optional<? extends StoredEvent> event = storage.require(kind).findById(id);
    return event.orElseThrow(
        () -> Problems.notFound("No " + name(kind) + " event has the id " + id));
  }

  static String name(EventKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }
}
