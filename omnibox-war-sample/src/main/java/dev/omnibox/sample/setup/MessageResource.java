package dev.omnibox.sample.setup;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * {@code GET /api/messages/{messageId}}: the inbox rows of one message, for messages sent from
 * outside, which have no order in this service. The message id is the envelope's {@code id}.
 */
@Path("/messages")
public class MessageResource {

  @Inject EventRows rows;

  @GET
  @Path("/{messageId}")
  @Produces(MediaType.APPLICATION_JSON)
  public List<EventRows.InboxRow> inboxRows(@PathParam("messageId") String messageId) {
    return rows.inboxEvents(messageId);
  }
}
