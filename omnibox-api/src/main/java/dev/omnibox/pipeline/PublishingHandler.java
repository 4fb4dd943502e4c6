package dev.omnibox.pipeline;

import dev.omnibox.handler.EventHandler;
import dev.omnibox.handler.EventHandlerResult;
import dev.omnibox.model.OutboxEvent;
import dev.omnibox.spi.EventPublisher;
import java.util.Objects;

/**
 * Ends an outbox chain: publishes the event and reports it completed. A {@link
 * dev.omnibox.spi.PublishException} propagates to the batch processor, whose error classifier
 * decides whether the attempt counts.
 *
 * @since 0.1
 */
public final class PublishingHandler implements EventHandler<OutboxEvent> {

  private final EventPublisher publisher;

  public PublishingHandler(EventPublisher publisher) {
    this.publisher = Objects.requireNonNull(publisher, "publisher must not be null");
  }

  @Override
  public EventHandlerResult handle(OutboxEvent event) {
    publisher.publish(event);
    return EventHandlerResult.completed();
  }
}
