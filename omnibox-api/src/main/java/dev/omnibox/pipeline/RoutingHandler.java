package dev.omnibox.pipeline;

import static dev.omnibox.pipeline.EventAttributes.attemptNumber;
import static dev.omnibox.pipeline.PipelineLogger.LOG;

import dev.omnibox.handler.EventHandler;
import dev.omnibox.handler.EventHandlerResult;
import dev.omnibox.handler.EventRouter;
import dev.omnibox.handler.RouteMatch;
import dev.omnibox.model.InboxEvent;
import java.util.Objects;
import java.util.Optional;

/**
 * Ends an inbox chain: dispatches the event to the most specific handler registered in an {@link
 * EventRouter} for its source (as the topic), event type and schema version. An event without a
 * handler is skipped, logged, and stored as completed, so it does not block the line.
 *
 * @since 0.1
 */
public final class RoutingHandler implements EventHandler<InboxEvent> {

  private final EventRouter<InboxEvent> router;

  public RoutingHandler(EventRouter<InboxEvent> router) {
    this.router = Objects.requireNonNull(router, "router must not be null");
  }

  @Override
  public EventHandlerResult handle(InboxEvent event) throws Exception {
    Optional<RouteMatch<InboxEvent>> match =
        router.route(event.source(), event.eventType(), event.schemaVersion());
    if (match.isEmpty()) {
      LOG.noRoute(
          event.id(),
          event.eventType(),
          attemptNumber(event),
          event.source(),
          event.schemaVersion());
      return EventHandlerResult.skipped(
          "no handler for event type " + event.eventType() + " from " + event.source());
    }
    return match.get().handler().handle(event);
  }
}
