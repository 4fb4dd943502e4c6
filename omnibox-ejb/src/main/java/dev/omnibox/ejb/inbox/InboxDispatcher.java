package dev.omnibox.ejb.inbox;

import dev.omnibox.handler.EventHandler;
import dev.omnibox.handler.EventHandlerResult;
import dev.omnibox.model.InboxEvent;
import dev.omnibox.schema.PayloadDecoder;
import dev.omnibox.schema.SchemaException;
import java.lang.invoke.MethodHandles;
import java.util.List;
import java.util.Objects;
import org.jboss.logging.Logger;

/**
 * Calls the handlers of an inbox event: decodes the payload into each handler's record, migrating
 * older schema versions, and calls the handler with an {@link InboxContext}. An event with no
 * handler is skipped with a log line. Handler exceptions propagate to the caller, which decides
 * what to roll back.
 */
public final class InboxDispatcher implements EventHandler<InboxEvent> {

  static final InboxLogger LOG =
      Logger.getMessageLogger(
          MethodHandles.lookup(), InboxLogger.class, InboxDispatcher.class.getPackageName());

  private final HandlerCatalog catalog;
  private final PayloadDecoder decoder;

  public InboxDispatcher(HandlerCatalog catalog, PayloadDecoder decoder) {
    this.catalog = Objects.requireNonNull(catalog, "catalog must not be null");
    this.decoder = Objects.requireNonNull(decoder, "decoder must not be null");
  }

  public HandlerCatalog catalog() {
    return catalog;
  }

  @Override
  public EventHandlerResult handle(InboxEvent event) throws Exception {
    List<InboxHandler> handlers = catalog.matching(event);
    if (handlers.isEmpty()) {
      return noHandler(event);
    }

    DispatchContext context = new DispatchContext(event);
    CurrentInboxContext.bind(context);
    try {
      for (InboxHandler handler : handlers) {
        Object payload;
        try {
          payload = payloadFor(handler, event);
        } catch (SchemaException e) {
          return EventHandlerResult.failed(undecodable(handler, event, e));
        }
        context.offer(handler.invoker().invoke(payload, context));
      }
    } finally {
      CurrentInboxContext.unbind();
    }
    return context.outcome();
  }

  private Object payloadFor(InboxHandler handler, InboxEvent event) {
    if (handler.takesRawEvent()) {
      return event;
    }
    return decoder.decode(
        event.eventType(), event.schemaVersion(), event.payload(), handler.payloadType());
  }

  private static EventHandlerResult noHandler(InboxEvent event) {
    String topic = HandlerCatalog.topicOf(event);
    LOG.noHandler(
        event.id(),
        event.eventType(),
        event.schemaVersion(),
        event.attemptsMade() + 1,
        event.messageId(),
        topic,
        event.consumerGroup());
    return EventHandlerResult.skipped(
        "no handler for event type "
            + event.eventType()
            + " version "
            + event.schemaVersion()
            + " on topic "
            + topic
            + " in consumer group "
            + event.consumerGroup());
  }

  private static String undecodable(InboxHandler handler, InboxEvent event, SchemaException e) {
    return "payload of message "
        + event.messageId()
        + " (event type "
        + event.eventType()
        + ", version "
        + event.schemaVersion()
        + ") cannot be decoded into "
        + handler.payloadType().getName()
        + " for handler "
        + handler.name()
        + ": "
        + e.getMessage();
  }
}
