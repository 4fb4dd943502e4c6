package dev.omnibox.sample.orders;

import dev.omnibox.sample.billing.Invoice;
import dev.omnibox.sample.setup.EventRows;
import dev.omnibox.sample.setup.EventRows.InboxRow;
import dev.omnibox.sample.setup.EventRows.OutboxRow;
import dev.omnibox.sample.shipping.Shipment;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code POST /api/orders} places an order; {@code GET /api/orders/{id}} follows it. */
@Path("/orders")
@Produces(MediaType.APPLICATION_JSON)
public class OrderResource {

  // The body is bound here rather than by JAX-RS, so that invalid JSON gets a 400 that names the
  // parse error.
  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject OrderService orders;
  @Inject EventRows eventRows;
  @Inject Validator validator;

  @PersistenceContext(unitName = "orders")
  EntityManager entityManager;

  /**
   * Validates and places an order. Returns 201 with the order and its location, or 400 naming each
   * invalid field.
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response place(String body, @Context UriInfo uri) {
    if (body == null || body.isBlank()) {
      return badRequest(InvalidRequest.missingBody());
    }
    PlaceOrderRequest request;
    try {
      request = JSON.fromJson(body, PlaceOrderRequest.class);
    } catch (JsonbException e) {
      return badRequest(InvalidRequest.unreadable(e));
    }
    Set<ConstraintViolation<PlaceOrderRequest>> violations = validator.validate(request);
    if (!violations.isEmpty()) {
      return badRequest(InvalidRequest.of(violations));
    }
    Order order = orders.place(request);
    return Response.created(uri.getAbsolutePathBuilder().path(order.getId()).build())
        .entity(view(order))
        .build();
  }

  /** Returns the order with its shipment, invoice and omnibox rows, or 404. */
  @GET
  @Path("/{id}")
  public Response get(@PathParam("id") String id) {
    Order order = orders.find(id);
    if (order == null) {
      return Response.status(Response.Status.NOT_FOUND)
          .entity(Map.of("error", "order " + id + " not found"))
          .build();
    }
    return Response.ok(view(order)).build();
  }

  private OrderView view(Order order) {
    List<OutboxRow> outbox = eventRows.outboxEvents("Order", order.getId());
    List<InboxRow> inbox = new ArrayList<>();
    for (OutboxRow event : outbox) {
      inbox.addAll(eventRows.inboxEvents(event.eventId()));
    }
    return OrderView.of(
        order,
        entityManager.find(Shipment.class, order.getId()),
        entityManager.find(Invoice.class, order.getId()),
        outbox,
        inbox);
  }

  private static Response badRequest(InvalidRequest body) {
    return Response.status(Response.Status.BAD_REQUEST).entity(body).build();
  }
}
