package dev.omnibox.ejb.inbox;

import dev.omnibox.handler.EventHandlerResult;

/** Calls one discovered inbox handler with a decoded payload. */
@FunctionalInterface
public interface HandlerInvoker {

  /**
   * Calls the handler.
   *
   * @param payload the decoded payload record, or the {@link dev.omnibox.model.InboxEvent} for a
   *     handler of raw rows
   * @return the handler's result, or null when it returned nothing (completed unless it requested
   *     another outcome through the context)
   * @throws Exception whatever the handler raised
   */
  EventHandlerResult invoke(Object payload, InboxContext context) throws Exception;
}
