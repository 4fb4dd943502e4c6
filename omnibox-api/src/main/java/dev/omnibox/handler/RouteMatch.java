package dev.omnibox.handler;

import dev.omnibox.model.StoredEvent;

/**
 * Handler that {@link EventRouter#route} selected for an event.
 *
 * @param handlerName name the handler was registered with
 * @param handler the handler
 * @param <E> event class
 */
public record RouteMatch<E extends StoredEvent>(String handlerName, EventHandler<E> handler) {}
