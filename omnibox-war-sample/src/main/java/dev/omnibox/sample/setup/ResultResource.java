package dev.omnibox.sample.setup;

import dev.omnibox.sample.billing.Invoice;
import dev.omnibox.sample.shipping.Shipment;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * {@code GET /api/shipments/{orderId}} and {@code GET /api/invoices/{orderId}}: what the consumer
 * groups made of an order id, also for orders that were placed elsewhere and only sent here.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class ResultResource {

  @PersistenceContext(unitName = "orders")
  EntityManager entityManager;

  @GET
  @Path("shipments/{orderId}")
  public Response shipment(@PathParam("orderId") String orderId) {
    return found(entityManager.find(Shipment.class, orderId), "shipment", orderId);
  }

  @GET
  @Path("invoices/{orderId}")
  public Response invoice(@PathParam("orderId") String orderId) {
    return found(entityManager.find(Invoice.class, orderId), "invoice", orderId);
  }

  private static Response found(Object entity, String kind, String orderId) {
    if (entity == null) {
      return Response.status(Response.Status.NOT_FOUND)
          .entity(Map.of("error", "no " + kind + " for order " + orderId + " yet"))
          .build();
    }
    return Response.ok(entity).build();
  }
}
