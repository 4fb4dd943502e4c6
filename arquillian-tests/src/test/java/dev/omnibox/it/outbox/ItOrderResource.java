package dev.omnibox.it.outbox;

import dev.omnibox.ejb.outbox.Outbox;
import dev.omnibox.ejb.outbox.OutboxMessage;
import dev.omnibox.it.outbox.ItPayloads.OrderPlaced;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A business endpoint that writes one outbox event per request, in the request's transaction. */
@Path("orders")
public class ItOrderResource {

  @Inject Outbox outbox;

  @POST
  @Path("{runId}/{orderId}")
  @Produces(MediaType.TEXT_PLAIN)
  @Transactional
  public String place(@PathParam("runId") String runId, @PathParam("orderId") String orderId) {
    return outbox
        .publish(OutboxMessage.of(new OrderPlaced(orderId, 1, runId)).correlationId(runId))
        .id()
        .toString();
  }
}
